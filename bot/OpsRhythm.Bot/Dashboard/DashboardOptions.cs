namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Section "Dashboard": Teams single sign-on for the dashboard tab. The tab asks Teams for a token of
/// the app registration named by <see cref="SsoClientId"/> (the bot's own by default) and the service
/// checks it. Without a client id (a local run) the tab falls back to the local sign-in page.
/// </summary>
internal sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The Entra app (client) id the tab's token is issued to; defaults to MicrosoftAppId.</summary>
    public string? SsoClientId { get; set; }

    /// <summary>The tenant whose tokens are accepted; defaults to MicrosoftAppTenantId.</summary>
    public string? SsoTenantId { get; set; }

    /// <summary>The application ID URI, api://{host}/{client id}: the audience Teams puts in the token.</summary>
    public string? SsoApplicationIdUri { get; set; }

    /// <summary>OpenID metadata of the tenant; defaults to the Entra v2.0 metadata of <see cref="SsoTenantId"/>. Changed for national clouds and tests.</summary>
    public Uri? SsoOpenIdMetadata { get; set; }

    public bool SsoEnabled => !string.IsNullOrWhiteSpace(SsoClientId);

    public Uri EffectiveOpenIdMetadata => SsoOpenIdMetadata
        ?? new Uri($"https://login.microsoftonline.com/{SsoTenantId}/v2.0/.well-known/openid-configuration");
}
