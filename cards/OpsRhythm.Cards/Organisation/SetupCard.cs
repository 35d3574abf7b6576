using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;

namespace OpsRhythm.Cards.Organisation;

/// <summary>
/// What an administrator sees first in an empty organisation: the set-up steps in order, each ticked
/// when done, the next one spelt out, and the buttons that do them (import, departments, settings).
/// </summary>
public static class SetupCard
{
    public static AdaptiveCard Build(SetupView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var steps = Steps(view, text);
        var body = Header(text["Organisation.Setup.Title"], view.Notice);
        body.Add(new TextBlock(text["Organisation.Setup.Intro"]) { Wrap = true });
        body.AddRange(steps.Select(s => new TextBlock(text.Format(s.Done ? "Organisation.Setup.Done" : "Organisation.Setup.Todo", s.Text)) { Wrap = true, Spacing = Spacing.Small }));
        var next = steps.FirstOrDefault(s => !s.Done);
        body.Add(new TextBlock(next is null ? text["Organisation.Setup.Complete"] : text.Format("Organisation.Setup.Next", next.Text))
        {
            Weight = TextWeight.Bolder,
            Wrap = true,
            Separator = true,
            Color = next is null ? TextColor.Good : TextColor.Accent,
        });

        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Organisation.Setup.Import"], OrganisationVerbs.Import, OrganisationVerbs.EntityId, view.Version),
                ActionData.Execute(text["Organisation.NewDepartment"], OrganisationVerbs.DepartmentForm, OrganisationVerbs.EntityId, view.Version),
                ActionData.Execute(text["Organisation.OpenSettings"], OrganisationVerbs.SettingsForm, OrganisationVerbs.EntityId, view.Version),
                ActionData.Execute(text.Format("Organisation.Title", view.Profile.CompanyName.For(text.Culture)), OrganisationVerbs.Show, OrganisationVerbs.EntityId, view.Version),
            ],
            FallbackText = text["Organisation.Setup.Title"],
            Lang = text.Culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>True when nothing is missing: the administrator's welcome then skips the set-up card.</summary>
    public static bool IsComplete(SetupView view, Localizer text) => Steps(view, text).All(s => s.Done);

    private static List<SetupStep> Steps(SetupView view, Localizer text)
    {
        var profile = view.Profile;
        var team = view.TeamName ?? profile.TeamName ?? profile.TeamId;
        var headless = profile.Departments.Count(d => d.HeadPersonId is null);
        return
        [
            new(team is null ? text["Organisation.Setup.Team"] : text.Format("Organisation.Setup.TeamKnown", team), team is not null),
            new(text.Format("Organisation.Setup.People", profile.People.Count, profile.Channels.Count), profile.People.Count > 1 && profile.TeamId is not null),
            new(text.Format("Organisation.Setup.Departments", profile.Departments.Count, headless), profile.Departments.Count > 0 && headless == 0),
            new(text.Format("Organisation.Setup.Roles", profile.WithRole(Role.OpsOffice).Count(), profile.WithRole(Role.Leadership).Count()),
                profile.WithRole(Role.OpsOffice).Any() && profile.WithRole(Role.Leadership).Any()),
            new(text["Organisation.Setup.Channels"], profile.OpsChannelId is not null),
        ];
    }

    private sealed record SetupStep(string Text, bool Done);
}
