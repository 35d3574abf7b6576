using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private readonly BotAuthenticationOptionsValidator _validator = new();

    [Fact]
    public void Validate_NoAppId_SucceedsForLocalDevelopment() =>
        Assert.True(_validator.Validate(null, new BotAuthenticationOptions()).Succeeded);

    [Fact]
    public void Validate_SingleTenantWithSecret_Succeeds() =>
        Assert.True(_validator.Validate(null, SingleTenant()).Succeeded);

    [Fact]
    public void Validate_SingleTenantWithoutTenantId_FailsNamingTheSetting()
    {
        var options = SingleTenant();
        options.MicrosoftAppTenantId = null;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppTenantId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SingleTenantWithoutSecretOrCertificate_FailsNamingTheSettings()
    {
        var options = SingleTenant();
        options.MicrosoftAppPassword = null;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SecretAndCertificateBoth_Fails()
    {
        var options = SingleTenant();
        options.MicrosoftAppCertificateThumbprint = "0123456789ABCDEF0123456789ABCDEF01234567";

        Assert.True(_validator.Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_CertificatePathMissing_FailsNamingThePath()
    {
        var options = SingleTenant();
        options.MicrosoftAppPassword = null;
        options.MicrosoftAppCertificatePath = "/nonexistent/bot.pfx";

        var result = _validator.Validate(null, options);

        Assert.Contains("MicrosoftAppCertificatePath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CertificateThumbprintNotInStore_FailsNamingTheSetting()
    {
        var options = SingleTenant();
        options.MicrosoftAppPassword = null;
        options.MicrosoftAppCertificateThumbprint = "0123456789ABCDEF0123456789ABCDEF01234567";

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppCertificateThumbprint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManagedIdentityWithPassword_Fails()
    {
        var options = SingleTenant();
        options.MicrosoftAppType = MicrosoftAppType.UserAssignedMSI;

        Assert.True(_validator.Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_ManagedIdentityWithTenant_Succeeds()
    {
        var options = SingleTenant();
        options.MicrosoftAppType = MicrosoftAppType.UserAssignedMSI;
        options.MicrosoftAppPassword = null;

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void AllowedTenants_ConfiguredTenantAndList_AreBothAllowed()
    {
        var options = SingleTenant();
        options.MicrosoftAppAllowedTenantIds.Add("partner-tenant");

        Assert.Equal(["partner-tenant", "tenant-1"], options.AllowedTenants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_AllowedCallerNotAnAppId_FailsNamingTheSetting()
    {
        var options = SingleTenant();
        options.MicrosoftAppAllowedCallerAppIds.Add("*");

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppAllowedCallerAppIds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedCallerAppIds_NoneConfigured_IsEmptySoTheEntraPathIsOff() =>
        Assert.Empty(SingleTenant().AllowedCallerAppIds);

    private static BotAuthenticationOptions SingleTenant() => new()
    {
        MicrosoftAppId = "bot-app-id",
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = "tenant-1",
    };
}
