using System.Collections.Concurrent;
using System.Diagnostics;

namespace OpsRhythm.Bench;

/// <summary>
/// The Bot Connector's conversation endpoints, answering like Teams: 201 with an activity id, 429 with
/// Retry-After over a limit, 401 without the bot's token. It counts what it accepted per conversation,
/// so a run can prove nothing was lost or doubled.
/// </summary>
public sealed class FakeConnector(string expectedToken)
{
    private static readonly TimeSpan[] ConversationWindows = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30)];
    private static readonly int[] ConversationLimits = [7, 8, 60];

    private readonly Lock _gate = new();
    private readonly Queue<long> _global = new();
    private readonly Dictionary<string, Queue<long>> _perConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Conversation, long At)> _firsts = new();
    private ConnectorRules _rules = ConnectorRules.AcceptAll;
    private Random _random = new(42);
    private long _acceptedTotal;
    private long _limited;
    private long _injected;
    private long _unauthorized;
    private long _firstAcceptedTicks;
    private long _lastAcceptedTicks;

    public long AcceptedTotal => Interlocked.Read(ref _acceptedTotal);

    public long Limited => Interlocked.Read(ref _limited);

    public long Injected => Interlocked.Read(ref _injected);

    public long Unauthorized => Interlocked.Read(ref _unauthorized);

    /// <summary>Conversations whose id starts with <paramref name="prefix"/> that received at least one activity.</summary>
    public int Distinct(string prefix) => _accepted.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Whether conversation <paramref name="conversationId"/> received at least one activity.</summary>
    public bool Reached(string conversationId) => _accepted.ContainsKey(conversationId);

    /// <summary>Activities accepted beyond the first in conversations whose id starts with <paramref name="prefix"/>.</summary>
    public long Duplicates(string prefix) => _accepted.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => (long)Math.Max(0, p.Value - 1));

    /// <summary>Seconds from the first to the last accepted activity.</summary>
    public double AcceptingSeconds => (Interlocked.Read(ref _lastAcceptedTicks) - Interlocked.Read(ref _firstAcceptedTicks)) / (double)Stopwatch.Frequency;

    /// <summary>
    /// Conversations (id starting with <paramref name="prefix"/>) reached per second between the 10th and the 90th
    /// percentile of first deliveries: the steady rate, without the start-up ramp and the tail of retried messages.
    /// </summary>
    public double SustainedRate(string prefix)
    {
        var times = _firsts.Where(f => f.Conversation.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.At).Order().ToArray();
        if (times.Length < 10)
        {
            return double.NaN;
        }

        var from = times[times.Length / 10];
        var to = times[(times.Length * 9 / 10) - 1];
        return ((times.Length * 9 / 10) - (times.Length / 10) - 1) / ((to - from) / (double)Stopwatch.Frequency);
    }

    public void Reset(ConnectorRules rules)
    {
        lock (_gate)
        {
            _rules = rules;
            _random = new Random(42);
            _global.Clear();
            _perConversation.Clear();
            _accepted.Clear();
            _firsts.Clear();
            _acceptedTotal = _limited = _injected = _unauthorized = _firstAcceptedTicks = _lastAcceptedTicks = 0;
        }
    }

    public Task HandleAsync(HttpContext context, string? conversationId)
    {
        var response = context.Response;
        if (!string.Equals(context.Request.Headers.Authorization.ToString(), "Bearer " + expectedToken, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _unauthorized);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        var now = Stopwatch.GetTimestamp();
        int status;
        lock (_gate)
        {
            status = Decide(conversationId, now);
        }

        response.StatusCode = status;
        switch (status)
        {
            case StatusCodes.Status429TooManyRequests:
                response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            case >= 500:
                return Task.CompletedTask;
        }

        Interlocked.Increment(ref _acceptedTotal);
        Interlocked.CompareExchange(ref _firstAcceptedTicks, now, 0);
        Interlocked.Exchange(ref _lastAcceptedTicks, now);
        if (conversationId is not null)
        {
            if (_accepted.AddOrUpdate(conversationId, 1, (_, count) => count + 1) == 1)
            {
                _firsts.Enqueue((conversationId, now));
            }
        }

        response.ContentType = "application/json";
        var id = conversationId is null ? "a:" + Guid.NewGuid().ToString("N") : "1:" + Guid.NewGuid().ToString("N");
        return response.WriteAsync("{\"id\":\"" + id + "\"}");
    }

    private int Decide(string? conversationId, long now)
    {
        var roll = _random.NextDouble();
        if (roll < _rules.Inject429)
        {
            Interlocked.Increment(ref _injected);
            return StatusCodes.Status429TooManyRequests;
        }

        if (roll < _rules.Inject429 + _rules.Inject503)
        {
            Interlocked.Increment(ref _injected);
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (roll < _rules.Inject429 + _rules.Inject503 + _rules.Inject500)
        {
            Interlocked.Increment(ref _injected);
            return StatusCodes.Status500InternalServerError;
        }

        if (_rules.GlobalPerSecond is { } global && !Fits(_global, now, TimeSpan.FromSeconds(1), global))
        {
            Interlocked.Increment(ref _limited);
            return StatusCodes.Status429TooManyRequests;
        }

        Queue<long>? conversation = null;
        if (_rules.PerConversationLimits && conversationId is not null)
        {
            if (!_perConversation.TryGetValue(conversationId, out conversation))
            {
                conversation = new Queue<long>();
                _perConversation[conversationId] = conversation;
            }

            for (var i = 0; i < ConversationWindows.Length; i++)
            {
                if (!Fits(conversation, now, ConversationWindows[i], ConversationLimits[i], trim: i == ConversationWindows.Length - 1))
                {
                    Interlocked.Increment(ref _limited);
                    return StatusCodes.Status429TooManyRequests;
                }
            }
        }

        if (_rules.GlobalPerSecond is not null)
        {
            _global.Enqueue(now);
        }

        conversation?.Enqueue(now);
        return conversationId is null ? StatusCodes.Status201Created : StatusCodes.Status200OK;
    }

    /// <summary>Whether one more call fits <paramref name="limit"/> calls in the window ending now.</summary>
    private static bool Fits(Queue<long> calls, long now, TimeSpan window, int limit, bool trim = true)
    {
        var start = now - (long)(window.TotalSeconds * Stopwatch.Frequency);
        if (trim)
        {
            while (calls.Count > 0 && calls.Peek() <= start)
            {
                calls.Dequeue();
            }
        }

        return calls.Count(t => t > start) < limit;
    }
}
