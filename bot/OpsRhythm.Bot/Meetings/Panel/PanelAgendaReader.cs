using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Builds what the panel shows when it opens, from this week's digest (the same one the digest job posts:
/// two single-partition reads of the status container and the month's plans) and, for the recorder, the
/// meeting's attendees and the plan tasks and open risks an action item may link to.
/// </summary>
internal sealed class PanelAgendaReader(
    WeeklyDigests digests, PanelMeetings meetings, PanelLinks links, PanelOccurrences occurrences, OrganisationClock clock, IOptions<WeeklyStatusOptions> statusOptions)
{
    public async Task<PanelAgenda> ReadAsync(Person viewer, string? chatId, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var access = PanelAccess.For(viewer, organisation);
        var now = clock.UtcNow;
        var week = StatusWeek.At(now, organisation, statusOptions.Value);
        var digest = await digests.BuildAsync(organisation, week, now, cancellationToken);
        var meeting = await meetings.FindAsync(chatId, organisation, cancellationToken);
        string Name(string departmentId) => PlanSection.DepartmentName(organisation, departmentId, text);

        var agenda = digest.Agenda
            .Where(a => access.MaySee(a.DepartmentId))
            .Select(a => new PanelAgendaItem(
                a.Kind.ToString(),
                text[$"MeetingPanel.Kind.{a.Kind}"],
                a.DepartmentId,
                Name(a.DepartmentId),
                a.Kind == AgendaItemKind.HelpRequest && a.OtherDepartmentId is { } other ? text.Format("MeetingPanel.Agenda.HelpFrom", Name(other), a.Subject) : a.Subject,
                a.DueDate is { } due ? text.Format("MeetingPanel.Agenda.Due", due) : null))
            .ToList();
        var departments = digest.Blockers
            .Where(r => access.MaySee(r.DepartmentId))
            .Select(r => new PanelDepartment(
                r.DepartmentId,
                Name(r.DepartmentId),
                [.. r.Tasks.Where(t => t.Health == TaskHealth.Blocked).Select(t => t.Title)],
                r.HelpFromDepartmentId is { } helper ? text.Format("MeetingPanel.Agenda.HelpFrom", Name(helper), r.HelpNeeded ?? string.Empty) : null,
                r.Problems,
                r.Late))
            .ToList();

        var title = meeting.Topic is { } topic ? text.Format("MeetingPanel.Title.Coordination", topic) : text["MeetingPanel.Title"];
        var asOf = text.Format("MeetingPanel.AsOf", DisplayTime.Moment(now, organisation, text), DisplayTime.ZoneName(OrganisationZones.Of(organisation), text));
        var today = clock.Today(organisation);
        var lastWeek = (await occurrences.LastWeekAsync(organisation, cancellationToken))
            .Where(i => i.OwnerPersonId == viewer.Id || (i.DepartmentId is { } d ? access.MaySee(d) : access.WholeCompany))
            .Select(i => PanelMinutesReader.Row(i, organisation, text, today))
            .ToList();
        var view = new PanelAgenda(text.Culture.Name, title, text.Format("MeetingPanel.Week", week.Id), asOf, agenda, departments, !access.WholeCompany, access.MayRecord)
        {
            LastWeek = lastWeek,
        };
        if (!access.MayRecord)
        {
            return view;
        }

        return view with
        {
            Attendees = [.. meeting.AttendeePersonIds
                .Select(organisation.FindPerson)
                .OfType<Person>()
                .Select(p => new PanelChoice(p.Id, p.Name.For(text.Culture)))],
            Links = await links.ChoicesAsync(organisation, PanelCommands.MonthOf(today), text, cancellationToken),
            Today = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
