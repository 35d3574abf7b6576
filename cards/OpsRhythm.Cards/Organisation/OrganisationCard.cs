using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;

namespace OpsRhythm.Cards.Organisation;

/// <summary>
/// The organisation at a glance: settings, departments with heads and channels, people with roles.
/// Administrators also get pickers and buttons that open the add/edit forms.
/// </summary>
public static class OrganisationCard
{
    /// <summary>Beyond this many people the table is cut, keeping the card under Teams' size limit.</summary>
    public const int MaxPeopleRows = 40;

    public static AdaptiveCard Build(OrganisationView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var profile = view.Profile;
        var body = Header(text.Format("Organisation.Title", profile.CompanyName.For(text.Culture)), view.Notice);
        body.Add(new FactSet(
        [
            new Fact(text["Organisation.TimeZone"], profile.TimeZone),
            new Fact(text["Organisation.DefaultLanguage"], text[$"Organisation.Language.{profile.DefaultLanguage}"]),
            new Fact(text["Organisation.OpsChannel"], ChannelName(profile, profile.OpsChannelId, text)),
            new Fact(text["Organisation.AnnouncementChannel"], ChannelName(profile, profile.AnnouncementChannelId, text)),
        ]));
        body.Add(new TextBlock(text["Organisation.Departments"]) { Weight = TextWeight.Bolder, Separator = true });
        body.Add(Rows(
            [text["Organisation.Department"], text["Organisation.Head"], text["Organisation.Channel"]],
            profile.Departments.Select(d => (IReadOnlyList<string>)
                [d.Name.For(text.Culture), PersonName(profile, d.HeadPersonId, text), ChannelName(profile, d.ChannelId, text)])));
        body.Add(new TextBlock(text["Organisation.People"]) { Weight = TextWeight.Bolder, Separator = true });
        body.Add(Rows(
            [text["Organisation.Person"], text["Organisation.Department"], text["Organisation.Roles"]],
            profile.People.Take(MaxPeopleRows).Select(p => (IReadOnlyList<string>)
                [p.Name.For(text.Culture), DepartmentName(profile, p.DepartmentId, text), RejectionText.RoleNames(p.Roles, text)])));
        if (profile.People.Count > MaxPeopleRows)
        {
            body.Add(new TextBlock(text.Format("Organisation.MorePeople", profile.People.Count - MaxPeopleRows)) { IsSubtle = true });
        }

        if (view.CanEdit)
        {
            body.AddRange(AdminControls(view, text));
        }

        return new AdaptiveCard(body) { FallbackText = text.Format("Organisation.Title", profile.CompanyName.For(text.Culture)), Lang = text.Culture.TwoLetterISOLanguageName };
    }

    private static IEnumerable<CardElement> AdminControls(OrganisationView view, Localizer text)
    {
        var profile = view.Profile;
        yield return new TextBlock(text["Organisation.Maintain"]) { Weight = TextWeight.Bolder, Separator = true };
        yield return new InputChoiceSet(
            [new Choice(text["Organisation.NewDepartment"], OrganisationVerbs.NewMode), .. profile.Departments.Select(d => new Choice(d.Name.For(text.Culture), d.Id))])
        {
            Id = OrganisationVerbs.DepartmentPick,
            Label = text["Organisation.Department"],
            Value = OrganisationVerbs.NewMode,
        };
        yield return new ActionSet([ActionData.Execute(text["Organisation.OpenDepartment"], OrganisationVerbs.DepartmentForm, OrganisationVerbs.EntityId, view.Version)]);
        yield return new InputChoiceSet(
            [new Choice(text["Organisation.NewPerson"], OrganisationVerbs.NewMode), .. profile.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id))])
        {
            Id = OrganisationVerbs.PersonPick,
            Label = text["Organisation.Person"],
            Value = OrganisationVerbs.NewMode,
            Style = ChoiceInputStyle.Filtered,
        };
        yield return new ActionSet([ActionData.Execute(text["Organisation.OpenPerson"], OrganisationVerbs.PersonForm, OrganisationVerbs.EntityId, view.Version)]);
        yield return new ActionSet([ActionData.Execute(text["Organisation.OpenSettings"], OrganisationVerbs.SettingsForm, OrganisationVerbs.EntityId, view.Version)]);
    }

    private static Table Rows(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        new(
            [.. header.Select(_ => new TableColumnDefinition(1))],
            [Row(header, bold: true), .. rows.Select(r => Row(r, bold: false))])
        {
            ShowGridLines = false,
        };

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new([.. cells.Select(c => new TableCell([new TextBlock(c) { Weight = bold ? TextWeight.Bolder : null, Size = TextSize.Small }]))]);

    private static string PersonName(OrganisationProfile profile, string? personId, Localizer text) =>
        personId is not null && profile.FindPerson(personId) is { } person ? person.Name.For(text.Culture) : OrNone(personId, text);

    internal static string DepartmentName(OrganisationProfile profile, string? departmentId, Localizer text) =>
        departmentId is not null && profile.FindDepartment(departmentId) is { } department ? department.Name.For(text.Culture) : OrNone(departmentId, text);
}
