using System.Net;
using System.Text;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Sits between the Cosmos DB SDK and the server and answers document requests with 429 and
/// x-ms-retry-after-ms, as Cosmos DB does when a partition is out of request units, whenever
/// <see cref="Throttle"/> says so. The SDK's own retries pass through here too, so they are counted.
/// </summary>
public sealed class ThrottlingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _throttled;
    private int _passed;

    /// <summary>Decides, per document request, whether it is throttled; off by default.</summary>
    public Func<HttpRequestMessage, bool> Throttle { get; set; } = _ => false;

    public int Throttled => Volatile.Read(ref _throttled);

    public int Passed => Volatile.Read(ref _passed);

    public static bool IsWrite(HttpRequestMessage request) =>
        request.Method != HttpMethod.Get && !request.Headers.Contains("x-ms-documentdb-isquery");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var isDocument = request.RequestUri?.AbsolutePath.Contains("/docs", StringComparison.Ordinal) == true;
        if (isDocument && Throttle(request))
        {
            Interlocked.Increment(ref _throttled);
            var response = new HttpResponseMessage((HttpStatusCode)429)
            {
                RequestMessage = request,
                Content = new StringContent("""{"code":"TooManyRequests","message":"Request rate is large. More Request Units may be needed."}""", Encoding.UTF8, "application/json"),
            };
            response.Headers.Add("x-ms-retry-after-ms", "5");
            response.Headers.Add("x-ms-substatus", "3200");
            response.Headers.Add("x-ms-activity-id", Guid.NewGuid().ToString());
            response.Headers.Add("x-ms-request-charge", "0");
            return response;
        }

        if (isDocument)
        {
            Interlocked.Increment(ref _passed);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
