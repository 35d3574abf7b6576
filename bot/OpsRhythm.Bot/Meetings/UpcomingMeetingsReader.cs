using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The dashboard's upcoming meetings: the same occurrences the reminder job reminds of (weekly meeting
/// and scheduled coordination meetings), in the organisation's time zone.
/// </summary>
internal sealed class UpcomingMeetingsReader(MeetingDocuments documents, IOrganisationDirectory directory) : IUpcomingMeetings
{
    /// <summary>How far ahead a meeting counts as upcoming, unless <c>count</c> weekly meetings need longer.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(60);

    public async Task<IReadOnlyList<MeetingRow>> UpcomingAsync(DateTimeOffset from, int count, Localizer text, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var organisation = await directory.GetAsync(cancellationToken);
        var zone = OrganisationZones.Of(organisation);
        var to = from + TimeSpan.FromDays(Math.Max(Horizon.TotalDays, 7.0 * count));
        var occurrences = await documents.OccurrencesBetweenAsync(from, to, cancellationToken);
        return [.. occurrences
            .Take(count)
            .Select(o => new MeetingRow(o.MeetingId, o.Subject(text), TimeZoneInfo.ConvertTime(o.Start, zone), TimeZoneInfo.ConvertTime(o.End, zone), o.JoinUrl))];
    }
}
