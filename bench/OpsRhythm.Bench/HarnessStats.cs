using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace OpsRhythm.Bench;

/// <summary>
/// The Cosmos DB-compatible server's count of operations served, by kind (tests/cosmos-harness/server.js,
/// `GET /_harness/stats`): the bench's stand-in for request units, read before and after a window.
/// </summary>
public sealed class HarnessStats : IDisposable
{
    private readonly HttpClient _client;

    public HarnessStats(string endpoint, string certificatePath)
    {
        var certificate = X509CertificateLoader.LoadCertificateFromFile(certificatePath);
        _client = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
        })
        { BaseAddress = new Uri(endpoint) };
    }

    public async Task<IReadOnlyDictionary<string, long>> ReadAsync()
    {
        using var document = await _client.GetFromJsonAsync<JsonDocument>("/_harness/stats")
            ?? throw new InvalidOperationException("The Cosmos DB-compatible server answered no stats.");
        return document.RootElement.GetProperty("served").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    /// <summary>Operations per minute by kind between two readings taken <paramref name="seconds"/> apart.</summary>
    public static IReadOnlyDictionary<string, double> PerMinute(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, double seconds) =>
        after.Where(p => p.Value - before.GetValueOrDefault(p.Key) > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) * 60 / seconds, StringComparer.Ordinal);

    public void Dispose() => _client.Dispose();
}
