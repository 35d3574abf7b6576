using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>
/// The connector calls delivery makes, over real HTTP, with the error mapping IConnectorClient
/// promises (429 with Retry-After, 403 MessageWritesBlocked) but no retries of its own, so the tests
/// see the dispatcher's retry behaviour alone.
/// </summary>
public sealed class HttpConnectorClient(HttpClient http, System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>? sends = null) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, new Uri(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, new Uri(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), activity, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, new Uri(serviceUrl, "v3/conversations"), parameters, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<MeetingParticipant?> GetMeetingParticipantAsync(Uri serviceUrl, string meetingId, string aadObjectId, string tenantId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private async Task<T> CallAsync<T>(HttpMethod method, Uri uri, object body, CancellationToken cancellationToken)
    {
        // When the app sent it: the instant the limiter let it go, before the network and a loaded machine's scheduling.
        sends?.Enqueue(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options) };
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options)!;
        }

        if (response.StatusCode == HttpStatusCode.Forbidden && text.Contains("MessageWritesBlocked", StringComparison.Ordinal))
        {
            throw new ConversationBlockedException();
        }

        var retryAfter = response.Headers.RetryAfter?.Delta
            ?? (response.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.First(), CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null);
        throw new ConnectorException(response.StatusCode, null, $"{(int)response.StatusCode}: {text}") { RetryAfter = retryAfter };
    }
}
