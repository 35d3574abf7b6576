namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The meetings shown on the dashboard: the weekly operations meeting and coordination meetings with
/// their Teams join links. The meetings feature registers its reader of the meetings container here
/// (Meetings/UpcomingMeetingsReader).
/// </summary>
internal interface IUpcomingMeetings
{
    /// <summary>The first <paramref name="count"/> meetings starting after <paramref name="from"/>, earliest first, named in <paramref name="text"/>'s language.</summary>
    Task<IReadOnlyList<MeetingRow>> UpcomingAsync(DateTimeOffset from, int count, Cards.Localization.Localizer text, CancellationToken cancellationToken);
}
