using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The reminder card's digest button: this week's status digest (the one the ops channel receives
/// before the meeting), drawn fresh, so it also shows reports that came in after the post.
/// </summary>
internal sealed class DigestLinkHandler(WeeklyDigests digests, IOptions<WeeklyStatusOptions> options, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Digest] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var organisation = card.Organisation;
        var now = clock.UtcNow;
        var digest = await digests.BuildAsync(organisation, StatusWeek.At(now, organisation, options.Value), now, cancellationToken);
        return CardActionResult.ShowCard(WeeklyDigestCard.Build(digest, organisation, card.Text));
    }
}
