using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Protocol.Startup;

/// <summary>
/// Fetches at start what the first turn would otherwise wait for (about 3 s of it): the Bot Framework
/// OpenID metadata with its signing keys, for inbound tokens, and the bot's own token, for outbound calls.
/// It runs in the background and never fails the host: after a failure, which is only logged, the first
/// turn fetches them itself as it would without the warm-up. Registered only when an app id is configured.
/// </summary>
internal sealed class BotFrameworkWarmUp(
    IInboundAuthenticator authenticator,
    IBotTokenProvider tokens,
    ILogger<BotFrameworkWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(WarmUpSigningKeysAsync(stoppingToken), WarmUpTokenAsync(stoppingToken));

    private async Task WarmUpSigningKeysAsync(CancellationToken stoppingToken)
    {
        // A host that chose another inbound authenticator has no Bot Framework keys to fetch.
        if (authenticator is not BotFrameworkJwtAuthenticator botFramework)
        {
            return;
        }

        try
        {
            await botFramework.WarmUpAsync(stoppingToken);
            WarmUpLog.SigningKeysFetched(logger);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            WarmUpLog.SigningKeysFailed(logger, failure);
        }
    }

    private async Task WarmUpTokenAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await tokens.GetTokenAsync(stoppingToken) is not null)
            {
                WarmUpLog.TokenFetched(logger);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            WarmUpLog.TokenFailed(logger, failure);
        }
    }
}
