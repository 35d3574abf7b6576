using Microsoft.AspNetCore.HostFiltering;
using OpsRhythm.Bot.Hosting;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Bot.Messaging;

/// <summary>
/// Inbound JWT validation and the Bot Connector client; for a local run (no MicrosoftAppId) the loopback-only
/// authenticator and Host check, refused in the Production environment.
/// </summary>
internal static class ProtocolRegistration
{
    /// <summary>The Host names a local run answers to.</summary>
    public static readonly IReadOnlyList<string> LoopbackHostNames = ["localhost", "127.0.0.1", "[::1]"];

    public static WebApplicationBuilder AddTeamsProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // With MicrosoftAppId set this registers the Bot Framework JWT authenticator; the connector is always registered.
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        if (LocalRun.IsEnabled(builder.Configuration))
        {
            // A deployed bot without an app id would take unsigned activities and offer "act as" (issue 13).
            if (builder.Environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "MicrosoftAppId is required in the Production environment: without it the bot runs as a local run (no token checks). "
                    + "Set MicrosoftAppId (and MicrosoftAppTenantId with its credential), or set ASPNETCORE_ENVIRONMENT=Development for a local run.");
            }

            builder.Services.AddSingleton<IInboundAuthenticator, LocalDevelopmentAuthenticator>();

            // Loopback callers only is not enough when a web page in the developer's browser can reach the bot
            // through a name it controls (DNS rebinding): only loopback Host names are answered (400 otherwise).
            builder.Services.PostConfigure<HostFilteringOptions>(options =>
            {
                options.AllowedHosts = [.. LoopbackHostNames];
                options.AllowEmptyHosts = false;
            });
        }

        return builder;
    }
}
