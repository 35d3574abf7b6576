using System.Text.Json;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning.TaskOwners;

/// <summary>
/// January 2027's monthly cycle as the sample organisation runs it, every click made from the card the
/// person was shown: the sales plan gives 客户拜访 to 孙浩 (due 01-15) and 报价单 to 周娜 (due 01-31),
/// the other departments a task each due 01-31.
/// </summary>
internal sealed class TaskOwnerSteps(PlanningHarness harness)
{
    public const string Cycle = "monthly-2027-01";
    public const string Ops = "wang-min";
    public const string Head = "li-qiang";
    public const string Owner = "sun-hao";
    public const string OtherMember = "zhou-na";
    public const string Visit = "客户拜访";
    public const string Quote = "报价单";

    private static readonly (string Head, string Department)[] Others = [("wang-min", "ops"), ("zhang-wei", "production"), ("liu-yang", "finance"), ("zhao-li", "hr")];

    public async Task OpenAsync()
    {
        var form = CardOf(await harness.SayAsync(Ops, harness.Command("开启月度计划")));
        await harness.ClickAsync(Ops, RequiredButton(form, PlanVerbs.Open), Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27")));
    }

    /// <summary>The head's tasks section of the department's plan, ready to save.</summary>
    public async Task<JsonElement> TasksSectionAsync(string head, string department)
    {
        var plan = await PlanCardAsync(head, department);
        return CardOf(await harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
    }

    public static Dictionary<string, string> Task(int row, string title, string owner, string due) => Inputs(
        ($"tasks.{row}.title", title), ($"tasks.{row}.owner", owner), ($"tasks.{row}.due", due), ($"tasks.{row}.milestone", "true"));

    public static Dictionary<string, string> SalesTasks() =>
        new[] { Task(0, Visit, Owner, "2027-01-15"), Task(1, Quote, OtherMember, "2027-01-31") }.SelectMany(d => d).ToDictionary(StringComparer.Ordinal);

    /// <summary>Opened, every plan drafted, submitted and accepted, approved by 陈静 and published.</summary>
    public async Task PublishedAsync()
    {
        await OpenAsync();
        await SaveAndSubmitAsync(Head, "sales", SalesTasks());
        foreach (var (head, department) in Others)
        {
            await SaveAndSubmitAsync(head, department, Task(0, "任务", head, "2027-01-31"));
        }

        foreach (var department in Others.Select(o => o.Department).Append("sales"))
        {
            await harness.ClickAsync(Ops, RequiredButton(await PlanCardAsync(Ops, department), PlanVerbs.Accept));
        }

        var company = CardOf(await harness.SayAsync(Ops, harness.Command("月度计划")));
        company = CardOf(await harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        CardOf(await harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
        var approval = (await harness.OutboxAsync(Cycle)).Single(m => m.Target == Bot.Delivery.OutboxTarget.Person("chen-jing") && m.IdempotencyKey.Contains("approver", StringComparison.Ordinal));
        await harness.ClickAsync("chen-jing", RequiredButton(approval.Activity.GetProperty("attachments")[0].GetProperty("content"), PlanVerbs.Approve));
        company = CardOf(await harness.SayAsync(Ops, harness.Command("月度计划")));
        CardOf(await harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Publish)));
    }

    public async Task SaveAndSubmitAsync(string head, string department, Dictionary<string, string> tasks)
    {
        var section = await TasksSectionAsync(head, department);
        var saved = CardOf(await harness.ClickAsync(head, RequiredButton(section, PlanVerbs.Save), tasks));
        CardOf(await harness.ClickAsync(head, RequiredButton(saved, PlanVerbs.Submit)));
    }

    public async Task<JsonElement> PlanCardAsync(string personId, string department) =>
        CardOf(await harness.ClickAsync(personId, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, department) }));

    public async Task<PlanTask> StoredTaskAsync(string title) =>
        (await harness.Documents.PlanAsync(Cycle, "sales", default))!.Value.Content.Tasks.Single(t => t.Title == title);

    public static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
