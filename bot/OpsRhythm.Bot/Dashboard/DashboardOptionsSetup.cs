using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Fills the sign-on settings from the bot's identity when they are not given (client id from MicrosoftAppId,
/// tenant from MicrosoftAppTenantId), and checks them at start.
/// </summary>
internal sealed class DashboardOptionsSetup(IConfiguration configuration) : IPostConfigureOptions<DashboardOptions>, IValidateOptions<DashboardOptions>
{
    public void PostConfigure(string? name, DashboardOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SsoClientId))
        {
            options.SsoClientId = configuration[LocalRun.AppIdKey];
        }

        // Whether the client id is the bot's own or the dashboard's, tokens come from the bot's tenant unless
        // told otherwise; without a tenant every token would be refused (issue 13).
        if (string.IsNullOrWhiteSpace(options.SsoTenantId))
        {
            options.SsoTenantId = configuration["MicrosoftAppTenantId"];
        }
    }

    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        if (!options.SsoEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SsoTenantId))
        {
            failures.Add("Dashboard:SsoTenantId (or MicrosoftAppTenantId) is required for the dashboard's Teams sign-on.");
        }

        if (options.SsoApplicationIdUri is { Length: > 0 } uri
            && (!uri.StartsWith("api://", StringComparison.Ordinal) || !uri.EndsWith("/" + options.SsoClientId, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"Dashboard:SsoApplicationIdUri must be api://<host>/{options.SsoClientId} (the app registration's application ID URI).");
        }

        if (options.SsoOpenIdMetadata is { } metadata && metadata.Scheme != Uri.UriSchemeHttps && !metadata.IsLoopback)
        {
            failures.Add("Dashboard:SsoOpenIdMetadata must be an https address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
