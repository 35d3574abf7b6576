using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// The limiter forgets conversations nobody sends to any more, so a backlog to many people does not keep one
/// state per person (the backlog bench's RSS grew about 1.4 KiB per conversation before), and never forgets
/// one whose windows or pause still matter.
/// </summary>
public sealed class OutboxRateLimiterForgettingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ThousandConversationsSentOnce_AfterThirtySeconds_AreForgotten()
    {
        var limiter = Limiter();
        for (var i = 0; i < 1000; i++)
        {
            await SendAsync(limiter, $"c-{i}");
        }

        Assert.Equal(1000, limiter.TrackedConversations);

        _time.Advance(TimeSpan.FromSeconds(31));
        await SendAsync(limiter, "next");

        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Fact]
    public async Task ConversationSentToWithinThirtySeconds_IsKept()
    {
        var limiter = Limiter();
        await SendAsync(limiter, "first");
        _time.Advance(TimeSpan.FromSeconds(20));
        await SendAsync(limiter, "recent");

        _time.Advance(TimeSpan.FromSeconds(11));
        await SendAsync(limiter, "third");

        // "first" (31 s ago) is forgotten, "recent" (11 s ago) is kept.
        Assert.Equal(2, limiter.TrackedConversations);
    }

    [Fact]
    public async Task ConversationBeingSentTo_IsKeptWhateverItsWindows()
    {
        var limiter = Limiter();
        using (await limiter.EnterAsync("held", CancellationToken.None))
        {
            _time.Advance(TimeSpan.FromMinutes(2));
            await SendAsync(limiter, "other");

            Assert.Equal(2, limiter.TrackedConversations);
        }
    }

    [Fact]
    public async Task PausedConversation_IsKeptUntilThePauseEnds()
    {
        var limiter = Limiter();
        limiter.Pause("throttled", _time.GetUtcNow().AddMinutes(5));

        _time.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(limiter, "a");
        Assert.Equal(2, limiter.TrackedConversations);

        _time.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(limiter, "b");
        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Fact]
    public void HourlyWindow_ManySendsThisHour_IsKept()
    {
        var state = new ConversationSendState([new SlidingWindow(1500, TimeSpan.FromHours(1))]);
        var start = _time.GetUtcNow();
        for (var i = 0; i <= ConversationSendState.HourlyForgivable; i++)
        {
            state.Windows[0].Record(start.AddSeconds(i));
        }

        // 301 sends this hour: a fresh state would allow 1,500 more, 1,801 in the hour against Teams' 1,800.
        Assert.False(state.IsForgettable(start.AddMinutes(30)));
        Assert.True(state.IsForgettable(start.AddHours(1).AddSeconds(1)));
    }

    private static async Task SendAsync(OutboxRateLimiter limiter, string conversationId)
    {
        using (await limiter.EnterAsync(conversationId, CancellationToken.None))
        {
            await limiter.TakeSlotAsync(conversationId, CancellationToken.None);
        }
    }

    // A pace of one send per microsecond, and a clock that moves a microsecond whenever it is read: the pace never
    // holds a send, and the seconds that matter here are the ones each test advances.
    private OutboxRateLimiter Limiter()
    {
        _time.AutoAdvanceAmount = TimeSpan.FromTicks(10);
        return new(Options.Create(new DeliveryOptions { GlobalPerSecond = 1_000_000, GlobalPaceFraction = 1.0 }), _time);
    }
}
