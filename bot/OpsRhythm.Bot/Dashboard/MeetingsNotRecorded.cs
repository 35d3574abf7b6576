namespace OpsRhythm.Bot.Dashboard;

/// <summary>Until the meetings feature records meetings in its container there are none to show; the view says so.</summary>
public sealed class MeetingsNotRecorded : IUpcomingMeetings
{
    public Task<IReadOnlyList<MeetingRow>> UpcomingAsync(DateTimeOffset from, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MeetingRow>>([]);
}
