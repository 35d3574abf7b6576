using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>
/// Everything the bot shows in the Playground, from its WebSocket /_ws_conversation/v1/conversations/stream.
/// Events are kept in order; take a <see cref="Position"/> before acting and wait for what comes after it.
/// The Playground buffers events while no client is connected and hands them to the next one.
/// </summary>
public sealed class ConversationFeed : IAsyncDisposable
{
    /// <summary>A guard against hanging, not a performance target.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket;
    private readonly List<PlaygroundMessage> _events = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = NewSignal();
    private Task _receiving = Task.CompletedTask;

    private ConversationFeed(ClientWebSocket socket) => _socket = socket;

    /// <summary>How many events arrived so far: pass it as "since" to wait only for later ones.</summary>
    public int Position
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    public static async Task<ConversationFeed> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var socket = new ClientWebSocket();
        var url = new UriBuilder(new Uri(playground, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(url, cancellationToken);
        var stream = new ConversationFeed(socket);
        stream._receiving = stream.ReceiveAsync();
        return stream;
    }

    public IReadOnlyList<PlaygroundMessage> Since(int position)
    {
        lock (_lock)
        {
            return _events.Skip(position).ToList();
        }
    }

    /// <summary>Waits for the first event after <paramref name="since"/> that matches.</summary>
    public async Task<PlaygroundMessage> WaitForAsync(
        Func<PlaygroundMessage, bool> match, int since, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var found = _events.Skip(since).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No matching Playground event within {timeout ?? DefaultTimeout}. Events since {since}:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, Since(since)));
            }
        }
    }

    /// <summary>Waits for a message the bot created (not updated) after <paramref name="since"/> whose text or cards contain <paramref name="text"/>.</summary>
    public Task<PlaygroundMessage> WaitForMessageContainingAsync(
        string text, int since, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.Contains(text), since, timeout, cancellationToken);

    /// <summary>Waits for the next message the bot created after <paramref name="since"/>, whatever it says.</summary>
    public Task<PlaygroundMessage> WaitForNextMessageAsync(
        int since, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(m => m.Action == PlaygroundMessage.Created, since, timeout, cancellationToken);

    /// <summary>Waits for an update (PUT by the bot) of the given message after <paramref name="since"/>.</summary>
    public Task<PlaygroundMessage> WaitForUpdateOfAsync(
        string messageId, int since, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync(m => m.Action == PlaygroundMessage.Updated && m.MessageId == messageId, since, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The Playground may already be gone.
        }

        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Ends with the socket.
        }

        _socket.Dispose();
        _stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (!_stopping.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, _stopping.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var json = Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length);
            frame.SetLength(0);
            if (JsonNode.Parse(json) is JsonObject raw)
            {
                Append(new PlaygroundMessage(
                    raw["action"]?.GetValue<string>() ?? string.Empty,
                    raw["actionConversationId"]?.GetValue<string>() ?? string.Empty,
                    raw));
            }
        }
    }

    private void Append(PlaygroundMessage message)
    {
        foreach (var card in message.Cards)
        {
            CapturedCards.Write(card);
        }

        TaskCompletionSource changed;
        lock (_lock)
        {
            _events.Add(message);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }
}
