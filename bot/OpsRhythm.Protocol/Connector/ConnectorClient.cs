using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The Bot Connector v3 REST calls OpsRhythm makes, through a named client (token handler and retry policy
/// attached at registration): <see cref="HttpClientName"/> retries transient failures,
/// <see cref="SingleAttemptHttpClientName"/> makes one attempt per call for callers that retry themselves.
/// Conversation and activity ids are escaped as path segments: Teams channel ids contain ';' and ':'.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory, string httpClientName, TimeProvider timeProvider, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "OpsRhythm.BotConnector";

    /// <summary>The client without the retry policy, for the outbox whose dispatcher retries within the rate limits.</summary>
    public const string SingleAttemptHttpClientName = "OpsRhythm.BotConnector.SingleAttempt";

    /// <summary>Service key of the <see cref="IConnectorClient"/> that makes one HTTP attempt per call.</summary>
    public const string SingleAttemptKey = "single-attempt";

    public ConnectorClient(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
        : this(httpClientFactory, HttpClientName, timeProvider, logger)
    {
    }

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities", activity, conversationId, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = activity with { ReplyToId = activity.ReplyToId ?? activityId };
        return await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId), reply, conversationId, cancellationToken)
            ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var update = activity with { Id = activity.Id ?? activityId };
        return await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId), update, conversationId, cancellationToken)
            ?? new ResourceResponse(activityId);
    }

    public Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId), body: null, conversationId, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // Teams reads the tenant of a new 1:1 chat from channelData.tenant.id.
        var body = parameters.ChannelData is null && parameters.TenantId is { } tenantId
            ? parameters with { ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }) }
            : parameters;
        var created = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", body, conversationId: null, cancellationToken);
        return created is { Id.Length: > 0 } ? created : throw new ConnectorException("The Bot Connector created a conversation but returned no id.");
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Segment(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        var result = await SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, body: null, conversationId, cancellationToken);
        return result ?? new PagedMembersResult([], null);
    }

    public async Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var result = await SendAsync<TeamChannelsResponse>(HttpMethod.Get, serviceUrl, $"v3/teams/{Segment(teamId)}/conversations", body: null, conversationId: null, cancellationToken);
        return result?.Conversations ?? [];
    }

    public async Task<MeetingParticipant?> GetMeetingParticipantAsync(Uri serviceUrl, string meetingId, string aadObjectId, string tenantId, CancellationToken cancellationToken)
    {
        var path = $"v1/meetings/{Segment(meetingId)}/participants/{Segment(aadObjectId)}?tenantId={Uri.EscapeDataString(tenantId)}";
        try
        {
            return await SendAsync<MeetingParticipant>(HttpMethod.Get, serviceUrl, path, body: null, conversationId: null, cancellationToken);
        }
        catch (ConnectorException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}";

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    private static Uri Combine(Uri serviceUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        // The service URL may carry a path (the Playground's is http://localhost:port/_connector).
        return new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, Uri serviceUrl, string path, object? body, string? conversationId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Combine(serviceUrl, path));
        if (body is not null)
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            content.Headers.ContentType = Json;
            request.Content = content;
        }

        var operation = OperationName(path);
        var client = httpClientFactory.CreateClient(httpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.CallNotSent(logger, method, operation, exception);
            throw new ConnectorException($"Bot Connector {method} {operation} could not be completed.", exception);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync<T>(response, cancellationToken);
            }

            var error = await ConnectorError.ReadAsync(response, cancellationToken);
            if (error.IsBlocked)
            {
                ConnectorLog.ConversationBlocked(logger, conversationId, error.Code);
                throw new ConversationBlockedException($"The conversation blocks messages from the bot ({error.Code}).") { ConversationId = conversationId };
            }

            ConnectorLog.CallFailed(logger, method, operation, response.StatusCode, error.Code);
            throw new ConnectorException(response.StatusCode, error.Code, $"Bot Connector {method} {operation} answered {(int)response.StatusCode} {error.Code}: {error.Message}")
            {
                RetryAfter = ConnectorRetry.RetryAfter(response, timeProvider),
            };
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException("The Bot Connector answered with JSON that could not be read.", exception);
        }
    }

    /// <summary>The route template without ids, for logs: ids identify people and chats.</summary>
    private static string OperationName(string path)
    {
        var segments = path.Split('?')[0].Split('/');
        return segments.Length switch
        {
            2 => "conversations",
            4 when segments[1] == "teams" => "teams/{id}/conversations",
            5 when segments[1] == "meetings" => "meetings/{id}/participants/{id}",
            4 => "conversations/{id}/" + segments[3],
            _ => "conversations/{id}/activities/{id}",
        };
    }

    private sealed record TeamChannelsResponse(IReadOnlyList<ChannelInfo>? Conversations);
}
