using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Cards.Welcome;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.CardCatalog;
using OpsRhythm.UnitTests.Turns;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.UnitTests.Welcome;

/// <summary>Every card of the turn pipeline and the organisation maintenance, typical and extreme.</summary>
public sealed class WelcomeCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var organisation = SampleOrganisation.Load();
        var commands = new List<CommandHelp>
        {
            new(["help", "帮助"], "Welcome.Command.Help"),
            new(["act as", "扮演"], "Welcome.Command.ActAs"),
            new(["act as me", "恢复身份"], "Welcome.Command.ActAsMe"),
            new(["organisation", "组织架构"], "Organisation.Command.Show"),
        };
        var administrator = organisation.FindPerson("wang-min");
        yield return new("welcome/administrator-local-run", WelcomeCard.Build(new WelcomeView(administrator, commands, IsLocalRun: true), text));
        yield return new("welcome/unknown-person", WelcomeCard.Build(new WelcomeView(null, [], IsLocalRun: false), text));
        yield return new("welcome/channel", WelcomeCard.Build(new WelcomeView(null, commands, IsLocalRun: false) { IsShared = true }, text));
        yield return new("help/employee", HelpCard.Build(new HelpView(Role.Employee, commands), text));
        yield return new("help/unknown-person", HelpCard.Build(new HelpView(null, []), text));

        yield return new("organisation/administrator", OrganisationCard.Build(new OrganisationView(organisation, "etag-1", CanEdit: true), text));
        yield return new("organisation/reader-saved", OrganisationCard.Build(new OrganisationView(organisation, "etag-1", CanEdit: false, text["Organisation.Saved"]), text));
        var crowded = organisation with
        {
            People = [.. Enumerable.Range(0, 120).Select(i => new Person($"person-{i}", new LocalizedText($"员工{i}", $"Employee {i}")) { DepartmentId = "sales" })],
        };
        yield return new("organisation/many-people", OrganisationCard.Build(new OrganisationView(crowded, "etag-1", CanEdit: false), text));

        var invalid = Rejection.Invalid(new Dictionary<string, FieldError>
        {
            [F.DepartmentId] = new("Organisation.Error.IdTaken", "sales"),
            [F.DepartmentHead] = new("Organisation.Error.NoSuchPerson", "nobody"),
        });
        yield return new("organisation/department-new", DepartmentForm.Build(new OrganisationFormView<DepartmentEdit>(organisation, "etag-1", new("", "", "", null, null, IsNew: true)), text));
        yield return new("organisation/department-errors", DepartmentForm.Build(
            new OrganisationFormView<DepartmentEdit>(organisation, "etag-1", new("sales", "销售部", "Sales", "nobody", null, IsNew: true)) { Rejection = invalid, Notice = text["Common.Rejection.InvalidInput"] }, text));
        yield return new("organisation/person-edit", PersonForm.Build(
            new OrganisationFormView<PersonEdit>(organisation, "etag-1", new("li-qiang", "李强", "Li Qiang", "user-id-1", "sales", Role.Employee | Role.DepartmentHead, IsNew: false)), text));
        var empty = new OrganisationProfile { CompanyName = new LocalizedText("本公司", "Our company"), People = [administrator! with { DepartmentId = null }] };
        yield return new("organisation/setup-empty", SetupCard.Build(new SetupView(empty, "etag-1", null), text));
        var imported = organisation with
        {
            TeamId = "team-1",
            TeamName = "华彩运营",
            Channels = [new TeamChannel("19:general@thread.tacv2", "General"), new TeamChannel("19:ops@thread.tacv2", "运营管理")],
        };
        yield return new("organisation/setup-imported", SetupCard.Build(new SetupView(imported, "etag-2", "华彩运营", text.Format("Organisation.Setup.Imported", 4, 1, 2)), text));
        yield return new("organisation/department-channel-picker", DepartmentForm.Build(
            new OrganisationFormView<DepartmentEdit>(imported, "etag-2", new("sales", "销售部", "Sales", "li-qiang", "19:ops@thread.tacv2", IsNew: false)), text));
        yield return new("organisation/settings-channel-picker", SettingsForm.Build(
            new OrganisationFormView<SettingsEdit>(imported, "etag-2", new("19:ops@thread.tacv2", null, "Asia/Shanghai")), text));
        yield return new("welcome/not-in-organisation", WelcomeCard.Build(
            new WelcomeView(null, [], IsLocalRun: false) { NotInOrganisation = text.Format("Organisation.NotInOrganisation", "周明 Zhou Ming", "8f1c0a2e-5b7d-4e21-9c3a-1d2e3f4a5b6c", "29:1abc") }, text));
        yield return new("organisation/settings-stale", SettingsForm.Build(
            new OrganisationFormView<SettingsEdit>(organisation, "etag-2", new("channel-ops", "channel-general", "Mars/Olympus"))
            {
                Rejection = Rejection.Invalid(new Dictionary<string, FieldError> { [F.TimeZone] = new("Organisation.Error.TimeZone", "Mars/Olympus") }),
                Notice = text["Common.Rejection.StaleVersion"],
            },
            text));
    }
}
