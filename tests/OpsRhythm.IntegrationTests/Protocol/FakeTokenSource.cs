using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>Stands in for Entra: hands out a fixed token valid for an hour and counts the requests.</summary>
internal sealed class FakeTokenSource(string token) : IAccessTokenSource
{
    public int Requests;

    public ValueTask<IssuedToken> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        return ValueTask.FromResult(new IssuedToken(token, DateTimeOffset.UtcNow.AddHours(1)));
    }
}
