using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class ConnectorOptionsValidatorTests
{
    private readonly ConnectorOptionsValidator _validator = new();

    [Theory]
    [InlineData("smba.example.teams.microsoft.com")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public void Validate_BareHostName_Succeeds(string host) =>
        Assert.True(_validator.Validate(null, With(host)).Succeeded);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/")]
    [InlineData("*.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net:443")]
    [InlineData("smba.trafficmanager.net/amer")]
    [InlineData(" smba.trafficmanager.net")]
    [InlineData("")]
    public void Validate_NotABareHostName_FailsNamingTheSettingAndTheEntry(string host)
    {
        var result = _validator.Validate(null, With(host));

        Assert.True(result.Failed);
        Assert.Contains("BotConnector:AllowedServiceHosts", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains($"'{host}'", result.FailureMessage, StringComparison.Ordinal);
    }

    private static ConnectorOptions With(string host)
    {
        var options = new ConnectorOptions();
        options.AllowedServiceHosts.Add(host);
        return options;
    }
}
