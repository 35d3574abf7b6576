using Microsoft.Extensions.Configuration;
using OpsRhythm.Bot.Organisation;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class OrganisationOptionsValidationTests
{
    private static IConfiguration Production() =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555" }).Build();

    [Fact]
    public void Validate_ProductionWithoutAdministrators_FailsNamingTheSetting()
    {
        var result = new OrganisationOptionsValidation(Production()).Validate(null, new OrganisationOptions());

        Assert.True(result.Failed);
        Assert.Contains("Organisation:Administrators", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithObjectIdAndUpn_Succeeds()
    {
        var options = new OrganisationOptions { Administrators = { "8f1c0a2e-5b7d-4e21-9c3a-1d2e3f4a5b6c", "it.admin@contoso.com" } };

        Assert.True(new OrganisationOptionsValidation(Production()).Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_AdministratorThatIsNeitherIdNorUpn_FailsNamingIt()
    {
        var options = new OrganisationOptions { Administrators = { "29:1abc" } };

        var result = new OrganisationOptionsValidation(Production()).Validate(null, options);

        Assert.Contains("'29:1abc'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithSampleData_NeedsNoAdministrators()
    {
        Assert.True(new OrganisationOptionsValidation(Production()).Validate(null, new OrganisationOptions { SampleData = true }).Succeeded);
    }

    [Fact]
    public void StartsEmpty_LocalRunByDefault_UsesTheSample()
    {
        var local = OrganisationDirectoryTests.LocalRunConfiguration();

        Assert.False(OrganisationOptionsValidation.StartsEmpty(new OrganisationOptions(), local));
        Assert.True(OrganisationOptionsValidation.StartsEmpty(new OrganisationOptions { SampleData = false }, local));
    }
}
