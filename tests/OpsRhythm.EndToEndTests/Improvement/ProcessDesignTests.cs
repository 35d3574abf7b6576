using System.Text.Json.Nodes;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Improvement;

/// <summary>
/// through the Playground, as 王敏 of the ops office: a process recorded with its owner and the
/// four principles assessed; a redesign project started with the sales department concerned, its first step
/// completed, then listed with "流程项目" and opened again at its next step.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class ProcessDesignTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task 登记流程_四项设计原则逐项评估()
    {
        var client = fixture.Client;
        var name = "采购审批流程 " + Guid.NewGuid().ToString("N")[..6];
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "登记流程 " + name);
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(ImprovementVerbs.RecordProcess) is not null, since);
        // The Playground posts only the inputs given here; Teams would post the name the command pre-filled.
        var inputs = new JsonObject { [ProcessFields.Process] = name, [ProcessFields.Owner] = "wang-min", [ProcessFields.IntervalMonths] = "3" };
        foreach (var principle in Enum.GetValues<DesignPrinciple>())
        {
            inputs[ProcessFields.RatingOf(principle)] = principle == DesignPrinciple.SimpleAndEfficient ? "NotMet" : "Met";
        }

        inputs[ProcessFields.NoteOf(DesignPrinciple.SimpleAndEfficient)] = "审批环节过多";
        var recorded = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(ImprovementVerbs.RecordProcess)!, inputs);

        var shown = CardText.Strings(recorded).ToList();
        Assert.Contains(shown, t => t == Localizer.ZhCn["Improvement.Process.Recorded"] || t == Localizer.EnUs["Improvement.Process.Recorded"]);
        Assert.Contains(shown, t => t.Contains("审批环节过多", StringComparison.Ordinal));
    }

    [Fact]
    public async Task 流程再造_完成第一步后在项目列表中找回()
    {
        var client = fixture.Client;
        var name = "订单处理流程 " + Guid.NewGuid().ToString("N")[..6];
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "流程再造 " + name);
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(ImprovementVerbs.StartProject) is not null, since);
        var inputs = new JsonObject { [ImprovementFields.Process] = name, [RedesignFields.Departments] = "sales" };
        foreach (var kind in Enum.GetValues<RedesignStepKind>())
        {
            inputs[ImprovementFields.OwnerOf(kind)] = "wang-min";
            inputs[ImprovementFields.DueOf(kind)] = new DateOnly(2027, 1, 10).AddDays((int)kind * 14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var started = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(ImprovementVerbs.StartProject)!, inputs);
        var complete = InvokeAnswers.FindExecuteAction(started, ImprovementVerbs.CompleteStep)!;
        var projectId = complete["data"]!["id"]!.GetValue<string>();
        await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, complete, new JsonObject { [ImprovementFields.Note] = "访谈了 12 位订单专员" });

        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "流程项目");
        var list = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.Contains(name) && m.FindExecuteAction(ImprovementVerbs.ShowProject) is not null, since);
        var opened = await client.InvokeCardActionAsync(list.ConversationId, list.MessageId!, list.FindExecuteAction(ImprovementVerbs.ShowProject)!, new JsonObject { [RedesignFields.Project] = projectId });

        var shown = CardText.Strings(opened).ToList();
        Assert.Contains(shown, t => t == Localizer.ZhCn.Format("Improvement.Project.Title", name) || t == Localizer.EnUs.Format("Improvement.Project.Title", name));
        Assert.Contains(shown, t => t == Localizer.ZhCn.Format("Improvement.Project.Complete", Localizer.ZhCn["Improvement.Step.Diagnosis"]) || t == Localizer.EnUs.Format("Improvement.Project.Complete", Localizer.EnUs["Improvement.Step.Diagnosis"]));
    }
}
