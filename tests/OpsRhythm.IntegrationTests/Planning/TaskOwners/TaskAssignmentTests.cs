using System.Text.Json;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.Planning.TaskOwners.TaskOwnerSteps;

namespace OpsRhythm.IntegrationTests.Planning.TaskOwners;

/// <summary>
/// Issue 19.3: a task owner (责任人) is told when a saved plan gives them a task, in their own language,
/// by a message committed in the same batch as the plan (same container and partition, one write).
/// 孙浩 reads English in this organisation; 周娜 the organisation's Chinese.
/// </summary>
public sealed class TaskAssignmentTests : IDisposable
{
    private readonly PlanningHarness _harness = new(organisation: WithEnglishReader(Owner));
    private readonly TaskOwnerSteps _steps;

    public TaskAssignmentTests() => _steps = new TaskOwnerSteps(_harness);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SavingTasks_EachNewOwnerToldInTheirLanguage_TheHeadGivingHimselfATaskIsNot()
    {
        await _steps.OpenAsync();
        var section = await _steps.TasksSectionAsync(Head, "sales");
        var tasks = SalesTasks();
        foreach (var (key, value) in Task(2, "周报汇总", Head, "2027-01-20"))
        {
            tasks[key] = value;
        }

        CardOf(await _harness.ClickAsync(Head, RequiredButton(section, PlanVerbs.Save), tasks));

        var notices = Assigned(await _harness.OutboxAsync(Cycle));
        Assert.Equal([Owner, OtherMember], notices.Select(m => m.Target.Id).Order(StringComparer.Ordinal));
        var toOwner = notices.Single(m => m.Target == OutboxTarget.Person(Owner)).Activity.ToString();
        Assert.Contains(Localizer.EnUs.Format("Planning.Notify.TaskAssigned", Visit), toOwner, StringComparison.Ordinal);
        Assert.Contains("Li Qiang", toOwner, StringComparison.Ordinal);
        var toOther = notices.Single(m => m.Target == OutboxTarget.Person(OtherMember)).Activity.ToString();
        Assert.Contains(Localizer.ZhCn.Format("Planning.Notify.TaskAssigned", Quote), toOther, StringComparison.Ordinal);
        Assert.Contains("李强", toOther, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAgain_OnlyAnOwnerChangeIsToldAgain()
    {
        await _steps.OpenAsync();
        var section = await _steps.TasksSectionAsync(Head, "sales");
        var saved = CardOf(await _harness.ClickAsync(Head, RequiredButton(section, PlanVerbs.Save), SalesTasks()));

        // Same tasks, the quote now given to 孙浩: only he is told, about the quote.
        var again = CardOf(await _harness.ClickAsync(Head, RequiredButton(saved, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
        var tasks = SalesTasks();
        tasks["tasks.1.owner"] = Owner;
        CardOf(await _harness.ClickAsync(Head, RequiredButton(again, PlanVerbs.Save), tasks));

        var notices = Assigned(await _harness.OutboxAsync(Cycle));
        Assert.Equal(3, notices.Count);
        var toOwner = notices.Where(m => m.Target == OutboxTarget.Person(Owner)).Select(m => m.Activity.ToString()).ToList();
        Assert.Equal(2, toOwner.Count);
        Assert.Single(toOwner, a => a.Contains(Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStaleSave_ChangesNothing_AndTellsNobody()
    {
        await _steps.OpenAsync();
        var section = await _steps.TasksSectionAsync(Head, "sales");
        CardOf(await _harness.ClickAsync(Head, RequiredButton(section, PlanVerbs.Save), Task(0, Visit, Owner, "2027-01-15")));
        var before = await _harness.Documents.PlanAsync(Cycle, "sales", default);

        // The same (now stale) card again, giving the visit to 周娜: refused as stale, so no notice either.
        var stale = CardOf(await _harness.ClickAsync(Head, RequiredButton(section, PlanVerbs.Save), Task(0, Visit, OtherMember, "2027-01-15")));

        Assert.Contains(_harness.TurnOf(Head).Text["Common.Rejection.StaleVersion"], Texts(stale), StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.ETag);
        Assert.DoesNotContain(Assigned(await _harness.OutboxAsync(Cycle)), m => m.Target == OutboxTarget.Person(OtherMember));
    }

    private static List<OutboxMessage> Assigned(IEnumerable<OutboxMessage> messages) =>
        [.. messages.Where(m => m.IdempotencyKey.Contains(":assigned:", StringComparison.Ordinal))];

    private static OrganisationProfile WithEnglishReader(string personId)
    {
        var sample = JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;
        return sample with { People = [.. sample.People.Select(p => p.Id == personId ? p with { Locale = "en-US" } : p)] };
    }
}
