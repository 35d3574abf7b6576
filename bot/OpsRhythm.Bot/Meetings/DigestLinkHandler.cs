using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The reminder card's digest button: this week's status digest (the one the ops channel receives
/// before the meeting), drawn fresh, so it also shows reports that came in after the post.
/// </summary>
public sealed class DigestLinkHandler(WeeklyStatusReports reports, IOptions<WeeklyStatusOptions> options, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [MeetingVerbs.Digest];

    public async Task<CardActionResult> HandleAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var organisation = turn.Organisation;
        var week = StatusWeek.At(time.GetUtcNow(), organisation, options.Value).Id;
        var current = await reports.OfWeekAsync(week, cancellationToken);
        var last = await reports.OfWeekAsync(IsoWeek.Previous(week), cancellationToken);
        var departments = organisation.Departments.Where(d => d.HeadPersonId is not null).Select(d => d.Id).ToList();
        var digest = WeeklyDigest.Build(week, departments, [.. current.Select(r => r.Value)], [.. last.Select(r => r.Value)]);
        return CardActionResult.ShowCard(WeeklyDigestCard.Build(digest, organisation, turn.Text));
    }
}
