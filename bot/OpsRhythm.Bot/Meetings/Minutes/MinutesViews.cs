using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Draws an occurrence's minutes for a reader: its decisions and action items (one partition query each),
/// the meeting's subject and attendees (a point read), and the form for the operations office.
/// </summary>
internal sealed class MinutesViews(MinutesStore minutes, MeetingDocuments meetings)
{
    /// <summary>Teams refreshes a card for at most 60 users.</summary>
    private const int MaxRefreshUsers = 60;

    public async Task<MinutesView> ForAsync(MeetingOccurrenceRef occurrence, Person? reader, OrganisationProfile organisation, Localizer text, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var record = await minutes.ReadMinutesAsync(occurrence, cancellationToken);
        var (subject, attendees) = await SubjectAsync(occurrence, record?.Value, text, cancellationToken);
        return new MinutesView(occurrence, subject)
        {
            Decisions = await minutes.DecisionsAsync(occurrence, cancellationToken),
            Items = await minutes.ItemsAsync(occurrence, cancellationToken),
            Ended = record?.Value.EndedAt is not null,
            MayRecord = reader is not null && ActionItemMachine.MayRecord(reader) is null,
            AttendeePersonIds = attendees,
            RefreshFor = RefreshFor(organisation),
            Today = today,
        };
    }

    /// <summary>The operations office's Teams accounts: their copy of a shared minutes card carries the form.</summary>
    public static IReadOnlyList<string> RefreshFor(OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return [.. organisation.WithRole(Role.OpsOffice).Select(p => p.TeamsUserId).OfType<string>().Take(MaxRefreshUsers)];
    }

    private async Task<(string Subject, IReadOnlyList<string> Attendees)> SubjectAsync(MeetingOccurrenceRef occurrence, MeetingMinutes? record, Localizer text, CancellationToken cancellationToken)
    {
        switch (occurrence.Kind)
        {
            case MeetingKind.Weekly:
                var weekly = await meetings.WeeklyAsync(cancellationToken);
                return (text["Meetings.Weekly.Subject"], weekly?.Value.AttendeePersonIds ?? []);
            case MeetingKind.Coordination:
                var coordination = await meetings.CoordinationAsync(occurrence.MeetingId, cancellationToken);
                return (coordination?.Value.Topic ?? record?.Topic ?? text["Minutes.Card.OtherMeeting"], coordination is null ? [] : [.. coordination.Value.Everyone]);
            default:
                return (record?.Topic ?? occurrence.Topic ?? text[occurrence.MeetingId == MeetingOccurrenceRef.ChatMeetingId ? "Minutes.Card.FromChat" : "Minutes.Card.OtherMeeting"], []);
        }
    }
}
