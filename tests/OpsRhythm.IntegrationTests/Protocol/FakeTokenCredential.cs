using Azure.Core;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>Stands in for Entra: hands out a fixed token valid for an hour and counts the requests.</summary>
internal sealed class FakeTokenCredential(string token) : TokenCredential
{
    public int Requests;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
