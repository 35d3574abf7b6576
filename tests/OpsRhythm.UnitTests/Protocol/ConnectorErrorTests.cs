using System.Net;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class ConnectorErrorTests
{
    [Theory]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"blocked"}}""")]
    [InlineData("""{"code":"Forbidden","subCode":"MessageWritesBlocked"}""")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""")]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""")]
    public async Task ReadAsync_Forbidden_RecognisesABlockedConversation(string body)
    {
        using var response = Response(HttpStatusCode.Forbidden, body);

        Assert.True((await ConnectorError.ReadAsync(response, CancellationToken.None)).IsBlocked);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"code":"BotDisabledByAdmin","message":"disabled"}}""")]
    [InlineData(HttpStatusCode.Forbidden, "not json")]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":"MessageWritesBlocked"}}""")]
    public async Task ReadAsync_OtherErrors_AreNotBlocked(HttpStatusCode status, string body)
    {
        using var response = Response(status, body);

        Assert.False((await ConnectorError.ReadAsync(response, CancellationToken.None)).IsBlocked);
    }

    [Fact]
    public async Task ReadAsync_ErrorBody_KeepsCodeAndMessage()
    {
        using var response = Response(HttpStatusCode.RequestEntityTooLarge, """{"error":{"code":"MessageSizeTooBig","message":"Activity body too large for processing."}}""");

        var error = await ConnectorError.ReadAsync(response, CancellationToken.None);

        Assert.Equal("MessageSizeTooBig", error.Code);
        Assert.Equal("Activity body too large for processing.", error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void ShouldRetry_Status_RetriesOnlyTransientAnswers(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, ConnectorRetry.ShouldRetry(response, TimeSpan.FromMinutes(1), TimeProvider.System));
    }

    [Fact]
    public void ShouldRetry_ConnectionFailure_Retries() =>
        Assert.True(ConnectorRetry.ShouldRetry(new HttpRequestException("refused")));

    [Fact]
    public void ShouldRetry_Timeout_DoesNotRetry() =>
        Assert.False(ConnectorRetry.ShouldRetry(new TaskCanceledException("timed out")));

    [Theory]
    [InlineData(0, 0.0, 750)]
    [InlineData(0, 0.999, 1249)]
    [InlineData(1, 0.5, 2000)]
    [InlineData(3, 0.5, 8000)]
    [InlineData(10, 0.5, 60000)]
    [InlineData(40, 0.0, 45000)]
    public void Backoff_DoublesFromTheBaseWithinTheCapAndSpreadsByAQuarter(int retry, double jitter, int expectedMilliseconds) =>
        Assert.Equal(expectedMilliseconds, (int)ConnectorRetry.Backoff(retry, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), jitter).TotalMilliseconds);

    [Fact]
    public void ShouldRetry_RetryAfterBeyondLimit_LeavesItToTheCaller()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "3600");

        Assert.False(ConnectorRetry.ShouldRetry(response, TimeSpan.FromMinutes(1), TimeProvider.System));
    }

    [Fact]
    public void RetryAfter_Seconds_IsTheDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetry.RetryAfter(response, TimeProvider.System));
    }

    [Fact]
    public void RetryAfter_Date_IsTheTimeUntilThen()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "Thu, 26 Nov 2026 08:00:30 GMT");

        Assert.Equal(TimeSpan.FromSeconds(30), ConnectorRetry.RetryAfter(response, time));
    }

    [Fact]
    public void RetryAfter_Absent_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.Null(ConnectorRetry.RetryAfter(response, TimeProvider.System));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body) };
}
