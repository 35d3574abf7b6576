using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// Builds a week's digest from the store: this week's and last week's reports (two single-partition
/// queries) and the week's monthly plans (one partition), for the departments that have a head.
/// Used by the digest job and by the meeting reminder's digest button.
/// </summary>
internal sealed class WeeklyDigests(WeeklyStatusReports reports, MonthlyPlanTracking planTracking, Meetings.Minutes.MinutesStore? minutes = null)
{
    /// <summary>The digest of <paramref name="week"/>, with tasks overdue as of <paramref name="now"/> in the organisation's time zone.</summary>
    public async Task<WeeklyDigest> BuildAsync(OrganisationProfile organisation, StatusWeek week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await reports.OfWeekAsync(week.Id, cancellationToken);
        var last = await reports.OfWeekAsync(IsoWeek.Previous(week.Id), cancellationToken);
        var plans = await planTracking.PlansAsync(MonthlyPlanTracking.MonthOf(week.Deadline, organisation), cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, OrganisationZones.Of(organisation)).DateTime);
        var departmentIds = organisation.Departments.Where(d => d.HeadPersonId is not null).Select(d => d.Id).ToList();
        var digest = WeeklyDigest.Build(week.Id, departmentIds, [.. current.Select(r => r.Value)], [.. last.Select(r => r.Value)], plans, today);
        return minutes is null ? digest : digest with { LastWeekActions = await LastWeekActionsAsync(minutes, today, cancellationToken) };
    }

    /// <summary>
    /// The action items of the weekly meeting's occurrences of the seven days before <paramref name="today"/>
    /// (the last meeting, whether the digest goes out on Friday or at the next meeting's start): one
    /// single-partition query per day (an occurrence's partition), as the side panel reads them.
    /// </summary>
    private static async Task<Domain.Meetings.Minutes.ActionItemTally?> LastWeekActionsAsync(Meetings.Minutes.MinutesStore minutes, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<Domain.Meetings.Minutes.ActionItem>();
        for (var day = today.AddDays(-7); day < today; day = day.AddDays(1))
        {
            items.AddRange(await minutes.ItemsAsync(Meetings.Minutes.MeetingOccurrenceResolver.Weekly(day), cancellationToken));
        }

        return items.Count == 0 ? null : Domain.Meetings.Minutes.ActionItemTally.Of(items, today);
    }
}
