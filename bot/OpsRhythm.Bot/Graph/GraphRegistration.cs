using System.Runtime.CompilerServices;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Setup;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Graph;

/// <summary>Microsoft Graph (app-only): meetings, free/busy, activity feed; a local stand-in when not configured.</summary>
internal static class GraphRegistration
{
    public static WebApplicationBuilder AddGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var graph = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        var appId = builder.Configuration[nameof(BotAuthenticationOptions.MicrosoftAppId)];
        if (string.IsNullOrWhiteSpace(graph.Organizer) || string.IsNullOrWhiteSpace(appId))
        {
            services.TryAddSingleton<IMeetingCalendar, LocalMeetingCalendar>();
            services.TryAddSingleton<IActivityFeed, NoActivityFeed>();
            services.TryAddSingleton<IAppInstaller, NoAppInstaller>();
            return builder;
        }

        AddGraphClient(services, graph, appId);
        return builder;
    }

    /// <summary>
    /// Apart and never inlined: compiling <see cref="AddGraph"/> would otherwise load Microsoft.Graph
    /// (its client type is huge) even when Graph is off, about 6 MiB of resident memory for nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGraphClient(IServiceCollection services, GraphOptions graph, string appId)
    {
        services.TryAddSingleton(provider =>
        {
            var bot = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            var source = BotCredentialFactory.Create(bot) ?? throw new InvalidOperationException("Graph needs the bot's credential (MicrosoftAppId).");
            return CreateClient(TokenSourceCredential.For(source), provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
        });
        services.TryAddSingleton<IMeetingCalendar, GraphMeetingCalendar>();
        services.TryAddSingleton<IAppInstaller, NoAppInstaller>();
        services.AddSingleton<IDirectoryPeople, GraphDirectoryPeople>();
        if (graph.TeamsAppCatalogId is { Length: > 0 } catalogId)
        {
            services.AddSingleton<IAppInstaller>(provider => new GraphAppInstaller(
                provider.GetRequiredService<GraphServiceClient>(), provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl, catalogId));
        }
        // Added, not tried: delivery registers the no-op feed first, and the last registration wins.
        services.AddSingleton<IActivityFeed>(provider => graph.ActivityFeed
            ? new GraphActivityFeed(provider.GetRequiredService<GraphServiceClient>(), provider.GetRequiredService<IOptions<GraphOptions>>().Value.TeamsWebUrl, appId)
            : new NoActivityFeed());
    }

    /// <summary>
    /// A client whose token is asked for the Graph host in <paramref name="baseUrl"/> (national clouds
    /// have their own) and sent only there; its default handlers retry 429/503 honouring Retry-After.
    /// </summary>
    public static GraphServiceClient CreateClient(TokenCredential credential, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var scope = $"{baseUrl.Scheme}://{baseUrl.Host}/.default";
        IAuthenticationProvider authentication = new BaseBearerTokenAuthenticationProvider(
            new AzureIdentityAccessTokenProvider(credential, [baseUrl.Host], null, true, scope));
        return new GraphServiceClient(authentication, baseUrl.ToString().TrimEnd('/'));
    }
}
