using System.Buffers.Text;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Auth.Jwt;
using static OpsRhythm.UnitTests.Protocol.Jwt.TestJwt;

namespace OpsRhythm.UnitTests.Protocol.Jwt;

/// <summary>The key cache: where keys may come from, how large their documents may be, and when they are fetched again.</summary>
public sealed class SigningMetadataTests : IDisposable
{
    private static readonly Uri Address = new("https://login.example/v1/.well-known/openidconfiguration");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly StubIssuer _issuer = new();
    private readonly HttpClient _http;

    public SigningMetadataTests() => _http = new HttpClient(_issuer);

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task FindKeyAsync_PublishedKey_FoundWithOneFetch()
    {
        using var metadata = new SigningMetadata(Address, _http, _time);

        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));
        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));
        Assert.Equal(1, _issuer.KeySetRequests);
    }

    [Fact]
    public async Task WarmUpAsync_PlainHttpToAnotherHost_Refused()
    {
        using var metadata = new SigningMetadata(new Uri("http://login.example/metadata"), _http, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => metadata.WarmUpAsync(CancellationToken.None));
        Assert.Equal(0, _issuer.Requests);
    }

    [Fact]
    public async Task WarmUpAsync_KeySetOverPlainHttp_Refused()
    {
        _issuer.KeySetAddress = "http://login.example/keys";
        using var metadata = new SigningMetadata(Address, _http, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => metadata.WarmUpAsync(CancellationToken.None));
        Assert.Equal(0, _issuer.KeySetRequests);
    }

    [Fact]
    public async Task WarmUpAsync_KeySetLargerThanTheLimit_Refused()
    {
        _issuer.Padding = OpenIdSigningKeys.MaxDocumentBytes;
        using var metadata = new SigningMetadata(Address, _http, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => metadata.WarmUpAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FindKeyAsync_UnknownKeyIds_RefreshAtMostOncePerInterval()
    {
        using var metadata = new SigningMetadata(Address, _http, _time);
        await metadata.WarmUpAsync(CancellationToken.None);
        var refreshes = 0;

        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await metadata.FindKeyAsync($"made-up-{i}", () => refreshes++, CancellationToken.None));
        }

        _time.Advance(SigningMetadata.MinimumRefreshInterval);
        Assert.Null(await metadata.FindKeyAsync("made-up-again", () => refreshes++, CancellationToken.None));
        Assert.Equal(2, refreshes);
        Assert.Equal(3, _issuer.KeySetRequests);
    }

    [Fact]
    public async Task FindKeyAsync_KeyWithdrawnAtRotation_NoLongerFound()
    {
        using var metadata = new SigningMetadata(Address, _http, _time);
        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));

        _issuer.KeyId = "k2";
        Assert.NotNull(await metadata.FindKeyAsync("k2", () => { }, CancellationToken.None));

        Assert.Null(await metadata.FindKeyAsync("k1", () => { }, CancellationToken.None));
    }

    [Fact]
    public async Task FindKeyAsync_DailyRefreshFails_LastKeysStayInUse()
    {
        using var metadata = new SigningMetadata(Address, _http, _time);
        await metadata.WarmUpAsync(CancellationToken.None);

        _issuer.Broken = true;
        _time.Advance(TimeSpan.FromDays(1));

        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));
        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));
        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task WarmUpAsync_IssuerDown_RetriesNoMoreOftenThanTheFailureInterval()
    {
        _issuer.Broken = true;
        using var metadata = new SigningMetadata(Address, _http, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => metadata.WarmUpAsync(CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => metadata.FindKeyAsync("k1", Never, CancellationToken.None));
        Assert.Equal(1, _issuer.MetadataRequests);

        _issuer.Broken = false;
        _time.Advance(SigningMetadata.FailureRetryInterval);
        Assert.NotNull(await metadata.FindKeyAsync("k1", Never, CancellationToken.None));
    }

    private static void Never() => Assert.Fail("No refresh was expected.");

    private sealed class StubIssuer : HttpMessageHandler
    {
        public string KeySetAddress { get; set; } = "https://login.example/v1/keys";

        public string KeyId { get; set; } = "k1";

        public bool Broken { get; set; }

        public int Padding { get; set; }

        public int Requests { get; private set; }

        public int MetadataRequests { get; private set; }

        public int KeySetRequests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var isKeySet = request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal);
            if (isKeySet)
            {
                KeySetRequests++;
            }
            else
            {
                MetadataRequests++;
            }

            if (Broken)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError));
            }

            var parameters = Key.ExportParameters(includePrivateParameters: false);
            var body = isKeySet
                ? $$"""{"pad":"{{new string('x', Padding)}}","keys":[{"kty":"RSA","kid":"{{KeyId}}","n":"{{Base64Url.EncodeToString(parameters.Modulus)}}","e":"{{Base64Url.EncodeToString(parameters.Exponent)}}"}]}"""
                : $$"""{"issuer":"{{Issuer}}","jwks_uri":"{{KeySetAddress}}"}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
