using Microsoft.Extensions.Configuration;
using OpsRhythm.Bot.Hosting;

namespace OpsRhythm.UnitTests.Messaging;

public sealed class HostingRegistrationTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("urls", "http://0.0.0.0:8080", true)]
    [InlineData("http_ports", "8080", true)]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000", true)]
    public void HasConfiguredAddress_ExplicitAddressOnly_OverridesDefault(string? key, string? value, bool expected)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected, HostingRegistration.HasConfiguredAddress(configuration));
    }
}
