using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Writes the dashboard's times as the cards do (<see cref="DisplayTime"/>, the organisation's clock), so
/// the tab shows 12月7日（周一）07:39 whatever zone the browser is in; the raw instants stay for sorting and the CSV.
/// </summary>
internal static class DashboardTimes
{
    public static DashboardView Format(DashboardView view, OrganisationProfile organisation, Localizer text)
    {
        var zone = OrganisationZones.Of(organisation);
        return view with
        {
            Tasks = [.. view.Tasks.Select(t => t with { DueText = DisplayTime.Date(t.Due, text) })],
            Risks = view.Risks with { Alerts = [.. view.Risks.Alerts.Select(a => a with { RaisedAtText = DisplayTime.Moment(a.RaisedAt, zone, text) })] },
            Meetings = [.. view.Meetings.Select(m => m with { WhenText = DisplayTime.Range(m.Start, m.End, zone, text) })],
            ActionItems = view.ActionItems with { Items = [.. view.ActionItems.Items.Select(i => i with { DeadlineText = DisplayTime.Date(i.Deadline, text), MeetingDateText = DisplayTime.Date(i.MeetingDate, text) })] },
        };
    }
}
