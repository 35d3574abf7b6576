using System.Collections.Concurrent;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Asks Teams whether a person takes part in a meeting (the Bot Connector's meeting participant call, through the
/// connector client, so the bot's token goes only to allow-listed hosts). The panel polls every few seconds, so an
/// answer is kept: a "yes" for <see cref="ConfirmedFor"/> (someone removed from the meeting keeps reading that
/// long at most), a "no" for <see cref="RefusedFor"/> (someone just added is let in soon). A failed call is not
/// kept and answers null: the panel says it could not check rather than calling a participant an outsider.
/// </summary>
internal sealed class PanelParticipants(IConnectorClient connector, TimeProvider time, ILogger<PanelParticipants> logger)
{
    public static readonly TimeSpan ConfirmedFor = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan RefusedFor = TimeSpan.FromSeconds(30);

    /// <summary>Past this many remembered answers the expired ones are dropped (and all, if that is not enough).</summary>
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string Thread, string ObjectId), (bool Participant, DateTimeOffset Until)> _answers = new();

    /// <summary>True or false as Teams answers (or answered lately) for <paramref name="meeting"/>; null when Teams could not be asked.</summary>
    public async Task<bool?> IsParticipantAsync(PanelTeamsMeeting meeting, string objectId, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var key = (meeting.Thread, objectId);
        var now = time.GetUtcNow();
        if (_answers.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Participant;
        }

        bool participant;
        try
        {
            participant = await connector.GetMeetingParticipantAsync(meeting.ServiceUrl, meeting.MeetingId, objectId, tenantId, cancellationToken) is not null;
        }
        catch (ConnectorException e)
        {
            logger.ParticipantCheckFailed(e);
            return null;
        }

        Remember(key, participant, now);
        return participant;
    }

    private void Remember((string, string) key, bool participant, DateTimeOffset now)
    {
        if (_answers.Count >= MaxRemembered)
        {
            foreach (var expired in _answers.Where(a => a.Value.Until <= now).Select(a => a.Key).ToList())
            {
                _answers.TryRemove(expired, out _);
            }

            if (_answers.Count >= MaxRemembered)
            {
                _answers.Clear();
            }
        }

        _answers[key] = (participant, now + (participant ? ConfirmedFor : RefusedFor));
    }
}
