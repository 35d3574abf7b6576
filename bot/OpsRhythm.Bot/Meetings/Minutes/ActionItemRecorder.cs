using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// The one way an action item or a decision is recorded, whatever asked (the minutes card in the meeting
/// chat, the side panel, a message extension command): the machine decides (operations office only, limits,
/// owner and deadline), then the item, its audit event and, unless its meeting is running (the owner then
/// gets it with the minutes at meetingEnd), the owner's card are written in one batch in the occurrence's partition.
/// </summary>
internal sealed class ActionItemRecorder(ChangeWriter writer, MinutesStore minutes, IPersonLanguages languages, OrganisationClock clock, OpenActionItems? open = null)
{
    /// <summary>
    /// Records an action item for <paramref name="occurrence"/>. <paramref name="requestKey"/> (e.g. the
    /// Teams activity id of a submit) makes a retry return the first one instead of recording it twice.
    /// </summary>
    public async Task<MinutesRecorded<ActionItem>> RecordItemAsync(
        MeetingOccurrenceRef occurrence, Person actor, OrganisationProfile organisation, RecordActionItem command, string? requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(actor);
        var pk = occurrence.PartitionKey;
        var id = MinutesRequestIds.Item(pk, requestKey);
        var now = clock.UtcNow;
        var decision = ActionItemMachine.Record(occurrence, id, actor, organisation, command, clock.Today(organisation), now);
        if (decision.Rejection is { } rejection)
        {
            return new(null, rejection);
        }

        var item = decision.State!;
        var messages = await OwnerNoticeAsync(item, organisation, now, cancellationToken);
        var change = new Change<ActionItem>(StorageContainers.Meetings, new DocumentKey(pk, id), item, null)
        {
            Audit = AuditTrail.Of(nameof(ActionItem), id, decision, actor.Id, now),
            Messages = messages,
        };
        try
        {
            var stored = await writer.CommitAsync(change, cancellationToken);
            open?.Remember(stored.Value);
            return new(stored, null);
        }
        catch (Exception e) when (requestKey is not null && CardPipeline.IsLostRace(e))
        {
            return new(await minutes.ReadItemAsync(id, cancellationToken), null) { Repeated = true };
        }
    }

    /// <summary>Records a decision for <paramref name="occurrence"/>; <paramref name="requestKey"/> as for items.</summary>
    public async Task<MinutesRecorded<MeetingDecision>> RecordDecisionAsync(
        MeetingOccurrenceRef occurrence, Person actor, OrganisationProfile organisation, RecordDecision command, string? requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(actor);
        var pk = occurrence.PartitionKey;
        var id = MinutesRequestIds.Decision(pk, requestKey);
        var now = clock.UtcNow;
        var decision = ActionItemMachine.RecordDecision(occurrence, id, actor, organisation, command, now);
        if (decision.Rejection is { } rejection)
        {
            return new(null, rejection);
        }

        var key = new DocumentKey(pk, id);
        var change = new Change<MeetingDecision>(StorageContainers.Meetings, key, decision.State!, null)
        {
            Audit = AuditTrail.Of(nameof(MeetingDecision), id, decision, actor.Id, now),
        };
        try
        {
            return new(await writer.CommitAsync(change, cancellationToken), null);
        }
        catch (Exception e) when (requestKey is not null && CardPipeline.IsLostRace(e))
        {
            return new(null, null) { Repeated = true };
        }
    }

    /// <summary>True while the occurrence's meeting runs (started, not ended): owners then hear of their items with the minutes.</summary>
    public async Task<bool> IsRunningAsync(MeetingOccurrenceRef occurrence, CancellationToken cancellationToken) =>
        (await minutes.ReadMinutesAsync(occurrence, cancellationToken))?.Value is { StartedAt: not null, EndedAt: null };

    /// <summary>The owner hears of the item now, unless its meeting is running: then with the minutes when it ends.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> OwnerNoticeAsync(ActionItem item, OrganisationProfile organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (organisation.FindPerson(item.OwnerPersonId) is not { } owner)
        {
            return [];
        }

        if (await IsRunningAsync(item.Occurrence, cancellationToken))
        {
            return [];
        }

        var readers = await languages.ForAsync(organisation, cancellationToken);
        return [ActionItemMessages.ToOwner(item, owner, organisation, readers.For(owner), now)];
    }
}
