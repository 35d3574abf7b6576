using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Welcome;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Welcome;

public sealed class WelcomeCardTests
{
    private static readonly CommandHelp Help = new(["help", "帮助"], "Welcome.Command.Help");

    [Theory]
    [InlineData("chen-jing", "Welcome.Role.Leadership", "Welcome.Role.DepartmentHead")]
    [InlineData("li-qiang", "Welcome.Role.DepartmentHead", "Welcome.Role.OpsOffice")]
    [InlineData("gao-yu", "Welcome.Role.OpsOffice", "Welcome.Role.Administrator")]
    public void Build_Person_DescribesTheirRolesOnly(string personId, string shownKey, string hiddenKey)
    {
        var person = SampleOrganisation.Load().FindPerson(personId);

        var json = CardJson.ToJson(WelcomeCard.Build(new WelcomeView(person, [Help], IsLocalRun: false), Localizer.EnUs));

        Assert.Contains(Localizer.EnUs[shownKey], json, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.EnUs[hiddenKey], json, StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs.Format("Welcome.Greeting", person!.Name.EnUs), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.EnUs["Welcome.LocalRunHint"], json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "help")]
    [InlineData(true, "帮助")]
    public void Build_Commands_ShowsPhraseInReadersLanguage(bool chinese, string expectedPhrase)
    {
        var text = chinese ? Localizer.ZhCn : Localizer.EnUs;

        var card = HelpCard.Build(new HelpView(Role.Employee, [Help]), text);

        var facts = Assert.Single(card.Body.OfType<FactSet>()).Facts;
        Assert.Equal(expectedPhrase, Assert.Single(facts).Title);
    }

    [Theory]
    [InlineData(Role.Administrator, Role.Employee, false)]
    [InlineData(Role.Administrator, Role.Employee | Role.Administrator, true)]
    [InlineData(Role.DepartmentHead | Role.OpsOffice, Role.Employee | Role.OpsOffice, true)]
    [InlineData(Role.Employee, null, false)]
    [InlineData(RoleSets.Everyone, null, true)]
    public void IsShown_CommandRoles_MatchAnyHeldRole(Role shownTo, Role? held, bool expected) =>
        Assert.Equal(expected, CommandCatalog.IsShown(shownTo, held));
}

public sealed class WelcomeCardSampleSizeTests
{
    [Fact]
    public void Samples_BothLanguages_StayUnderTheCardSizeLimit()
    {
        foreach (var text in new[] { Localizer.ZhCn, Localizer.EnUs })
        {
            Assert.All(new WelcomeCardSamples().Samples(text), sample =>
                Assert.True(CardJson.SizeInBytes(sample.Card) < CardJson.MaxCardBytes, $"{sample.Name} is {CardJson.SizeInBytes(sample.Card)} bytes"));
        }
    }
}
