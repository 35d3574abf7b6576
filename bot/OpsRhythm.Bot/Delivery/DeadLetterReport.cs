using System.Text.Json;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Tells the operations office, 1:1 and in plain words, that a message (a digest, an alert, a notice)
/// could not be delivered and was given up, so nobody believes it went out. Queued beside the
/// dead-lettered message (same container and partition); a report that itself fails is not reported again.
/// </summary>
internal sealed class DeadLetterReport(IDocumentStore store, IOrganisationDirectory organisations, IPersonLanguages languages, TimeProvider time, ILogger<DeadLetterReport> logger)
{
    private const string KeyPrefix = "deadletter:";

    public async Task QueueAsync(string container, string partitionKey, OutboxMessage lost, CancellationToken cancellationToken)
    {
        if (lost.IdempotencyKey.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            var organisation = await organisations.GetAsync(cancellationToken);
            var readers = await languages.ForAsync(organisation, cancellationToken);
            var now = time.GetUtcNow();
            foreach (var person in organisation.WithRole(Role.OpsOffice))
            {
                var text = readers.For(person);
                var what = Describe(lost.Activity, text);
                var reason = lost.LastError is { Length: > 200 } error ? error[..200] + "…" : lost.LastError ?? "?";
                var report = ActivityFactory.Text(text.Format("Common.DeadLetter.Report", what, Target(lost.Target, organisation, text), reason)) with { TextFormat = "plain" };
                var message = OutboxMessage.Create(OutboxTarget.Person(person.Id), report, $"{KeyPrefix}{lost.IdempotencyKey}:{person.Id}", now);
                try
                {
                    // With the partition's pending marker, as every queued message (see OutboxPending).
                    await store.ExecuteBatchAsync(container, partitionKey, [BatchOperation.Create(message.Id, message), OutboxPending.Upsert(now)], cancellationToken);
                }
                catch (BatchFailedException failed) when (failed.Cause is DocumentConflictException)
                {
                    // Reported already (a second instance recorded the same dead letter).
                }
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.DeadLetterNotReported(lost.Id, failure.Message);
        }
    }

    private static string Describe(JsonElement activity, Localizer text)
    {
        foreach (var name in new[] { "summary", "text" })
        {
            if (activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } words)
            {
                return words.Length > 120 ? words[..120] + "…" : words;
            }
        }

        return text["Common.DeadLetter.ACard"];
    }

    private static string Target(OutboxTarget target, OrganisationProfile organisation, Localizer text) => target.Kind switch
    {
        OutboxTargetKind.Person => organisation.FindPerson(target.Id)?.Name.For(text.Culture) ?? target.Id,
        _ when target.Id == organisation.OpsChannelId => text["Common.DeadLetter.OpsChannel"],
        _ when target.Id == organisation.AnnouncementChannelId => text["Common.DeadLetter.AnnouncementChannel"],
        _ => text.Format("Common.DeadLetter.Channel", organisation.Departments.FirstOrDefault(d => d.ChannelId == target.Id)?.Name.For(text.Culture) ?? target.Id),
    };
}
