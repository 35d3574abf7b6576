using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>Delivery:MembershipId: App Service's host id by default, a configured one first, a malformed one refused at start.</summary>
public sealed class DeliveryMembershipIdTests
{
    [Fact]
    public void Unset_OnAppService_IsTheHostsId() =>
        Assert.Equal("vm-0a1b", Options(new() { ["WEBSITE_INSTANCE_ID"] = "vm-0a1b" }).MembershipId);

    [Fact]
    public void Configured_WinsOverTheHostsId() =>
        Assert.Equal("blue", Options(new() { ["WEBSITE_INSTANCE_ID"] = "vm-0a1b", ["Delivery:MembershipId"] = "blue" }).MembershipId);

    [Fact]
    public void Unset_ElsewhereStaysEmpty_SoEachProcessIsItsOwnMember() =>
        Assert.Null(Options([]).MembershipId);

    [Fact]
    public void NotADocumentId_IsRefused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Delivery:MembershipId"] = "a/b" }));

        Assert.Contains(nameof(DeliveryOptions.MembershipId), error.Message, StringComparison.Ordinal);
    }

    private static DeliveryOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOutboxDelivery().BuildServiceProvider();
        return services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
    }
}
