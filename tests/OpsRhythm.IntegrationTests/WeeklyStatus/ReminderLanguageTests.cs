using Microsoft.Extensions.Logging.Abstractions;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Cards.Localization;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>
/// What the bot sends on its own is in the recipient's language: the one they typed in (stored, so
/// remembered by another instance too), else the organisation's default language, never zh-CN by fixed rule.
/// </summary>
public sealed class ReminderLanguageTests : IDisposable
{
    /// <summary>Thursday 15:00 in Shanghai: a reminder occurrence of the default WeeklyStatus:ReminderCron.</summary>
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private readonly WeeklyStatusHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static string Readable(OutboxMessage message) => Texts(message.Activity.GetProperty("attachments")[0].GetProperty("content"));

    [Fact]
    public async Task A_head_who_typed_in_English_on_another_instance_gets_the_reminder_and_its_feed_item_in_English()
    {
        var otherInstance = new PersonLanguages(_harness.Store, new ChangeWriter(_harness.Store), _harness.Time, NullLogger<PersonLanguages>.Instance);
        await otherInstance.RememberAsync("liu-yang", "en-US", CancellationToken.None);
        _harness.Time.SetUtcNow(ThursdayAfternoon);

        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);

        var reminders = await _harness.OutboxAsync();
        var finance = Assert.Single(reminders, m => m.Target.Id == "liu-yang");
        Assert.Contains(Localizer.EnUs.Format("WeeklyStatus.Reminder", "Fri, Nov 27, 12:00"), Readable(finance), StringComparison.Ordinal);
        Assert.Equal("Week 48 (Nov 23–29)", finance.ActivityFeed!.Parameters["week"]);
        Assert.Equal("Fri, Nov 27, 12:00", finance.ActivityFeed.Parameters["due"]);

        // Nobody else typed in English: they read the organisation's default (zh-CN for the sample).
        var sales = Assert.Single(reminders, m => m.Target.Id == "li-qiang");
        Assert.Contains(Localizer.ZhCn.Format("WeeklyStatus.Reminder", "11月27日（周五）12:00"), Readable(sales), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_with_no_language_remembered_read_the_organisations_default_language()
    {
        _harness.Company.Profile = _harness.Company.Profile with { DefaultLanguage = "en-US" };
        _harness.Time.SetUtcNow(ThursdayAfternoon);

        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);

        var sales = Assert.Single(await _harness.OutboxAsync(), m => m.Target.Id == "li-qiang");
        Assert.Contains(Localizer.EnUs.Format("WeeklyStatus.Reminder", "Fri, Nov 27, 12:00"), Readable(sales), StringComparison.Ordinal);
    }
}
