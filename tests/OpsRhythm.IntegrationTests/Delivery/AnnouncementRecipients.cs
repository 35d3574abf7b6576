using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>An announcement's messages, one per person, as the outbox scale tests queue them.</summary>
internal static class AnnouncementRecipients
{
    // distinctTexts: each message's text is its key (the fake connector records texts, so a double or a loss shows by name); else two shared activities, one per language, as a real announcement.
    public static List<OutboxMessage> Of(string partition, int count, string variant = "", bool distinctTexts = true)
    {
        var now = DateTimeOffset.UtcNow;
        var chinese = ActivityFactory.Text("zh: 公告 " + partition) with { Locale = "zh-CN" };
        var english = ActivityFactory.Text("en: announcement " + partition) with { Locale = "en-US" };
        return Enumerable.Range(0, count)
            .Select(i =>
            {
                var key = $"{partition}{variant}:{i:D5}";
                var activity = distinctTexts ? ActivityFactory.Text(key) : i % 2 == 0 ? chinese : english;
                return OutboxMessage.Create(OutboxTarget.Person($"person-{i:D5}"), activity, key, now);
            })
            .ToList();
    }
}
