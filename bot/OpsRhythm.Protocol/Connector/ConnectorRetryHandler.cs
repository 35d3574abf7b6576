using Microsoft.Extensions.Options;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Applies <see cref="ConnectorRetry"/> to the turn path's connector client: up to
/// <c>BotConnector:MaxRetryAttempts</c> more attempts, each a copy of the request (a request message can be
/// sent once only; the first attempt sends the caller's), waiting Retry-After when the answer gives one and the backoff otherwise.
/// Why our own handler and not Microsoft.Extensions.Http.Resilience: for this one retry loop the standard
/// handler brought Polly, the telemetry and exception-summarisation packages and System.Collections.Immutable
/// into every process at start, about 1.6 MiB of resident memory at idle (docs/performance.md).
/// </summary>
internal sealed class ConnectorRetryHandler(IOptions<ConnectorOptions> options, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        byte[]? body = null;
        for (var retry = 0; ; retry++)
        {
            var last = retry >= settings.MaxRetryAttempts;
            // The first attempt sends the caller's request as it is (the common case costs no copy). A request
            // message is sent once only, so a retry sends a copy, its body read back once from the caller's
            // content (ConnectorClient's bodies are byte arrays, which read back as often as asked).
            HttpRequestMessage? copy = null;
            if (retry > 0)
            {
                body ??= request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
                copy = Copy(request, body);
            }

            using (copy)
            {
                TimeSpan? wait;
                try
                {
                    var response = await base.SendAsync(copy ?? request, cancellationToken);
                    if (last || !ConnectorRetry.ShouldRetry(response, settings.MaxRetryAfter, timeProvider))
                    {
                        return response;
                    }

                    wait = ConnectorRetry.RetryAfter(response, timeProvider);
                    response.Dispose();
                }
                catch (Exception exception) when (!last && ConnectorRetry.ShouldRetry(exception) && !cancellationToken.IsCancellationRequested)
                {
                    wait = null;
                }

                await Task.Delay(
                    wait ?? ConnectorRetry.Backoff(retry, settings.RetryBaseDelay, settings.MaxRetryAfter, Random.Shared.NextDouble()),
                    timeProvider,
                    cancellationToken);
            }
        }
    }

    private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in original.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}
