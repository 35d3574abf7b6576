namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The meetings shown on the dashboard: the weekly operations meeting and coordination meetings with
/// their Teams join links. The meetings feature registers its reader of the meetings container here.
/// </summary>
public interface IUpcomingMeetings
{
    Task<IReadOnlyList<MeetingRow>> UpcomingAsync(DateTimeOffset from, int count, CancellationToken cancellationToken);
}
