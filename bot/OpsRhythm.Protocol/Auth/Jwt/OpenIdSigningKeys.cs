using System.Net.Http.Headers;
using System.Text.Json;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// Fetches an issuer's signing keys: its OpenID metadata document, then the key set its <c>jwks_uri</c> names.
/// Both over HTTPS (plain HTTP only to a loopback address: a test's local metadata server), both at most
/// <see cref="MaxDocumentBytes"/>. Every failure is an <see cref="InvalidOperationException"/>.
/// </summary>
internal static class OpenIdSigningKeys
{
    /// <summary>The published documents are a few kilobytes; anything far larger is not one of them.</summary>
    public const int MaxDocumentBytes = 512 * 1024;

    /// <exception cref="InvalidOperationException">The metadata or the keys could not be read.</exception>
    public static async Task<IReadOnlyDictionary<string, SigningKeyMatch>> FetchAsync(HttpClient http, Uri metadata, CancellationToken cancellationToken)
    {
        try
        {
            var document = await GetAsync(http, metadata, cancellationToken);
            var keySet = ReadKeySetAddress(document, metadata);
            return JsonWebKeySetReader.Read(await GetAsync(http, keySet, cancellationToken));
        }
        catch (Exception failure) when (failure is HttpRequestException or JsonException or IOException
            || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new InvalidOperationException($"The signing keys of {metadata} could not be read: {failure.GetType().Name}.", failure);
        }
    }

    private static Uri ReadKeySetAddress(ReadOnlyMemory<byte> metadata, Uri address)
    {
        using var document = JsonDocument.Parse(metadata, new JsonDocumentOptions { MaxDepth = 16 });
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var value)
            && value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var keySet)
                ? keySet
                : throw new InvalidOperationException($"The OpenID metadata at {address} names no jwks_uri.");
    }

    private static async Task<ReadOnlyMemory<byte>> GetAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            throw new InvalidOperationException($"Signing keys are read over HTTPS only, not from {address}.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidOperationException($"The document at {address} is larger than {MaxDocumentBytes} bytes.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw new InvalidOperationException($"The document at {address} is larger than {MaxDocumentBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
