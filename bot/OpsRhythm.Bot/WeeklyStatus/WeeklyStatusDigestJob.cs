using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Posts the week's digest to the ops channel before the weekly meeting.</summary>
internal sealed class WeeklyStatusDigestJob(IOrganisationDirectory directory, WeeklyDigests digests, ChangeWriter writer, IOptions<WeeklyStatusOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "weekly-status-digest";

    public string CronExpression => options.Value.DigestCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        if (organisation.OpsChannelId is not { } channel)
        {
            return;
        }

        var week = StatusWeek.At(occurrence, organisation, options.Value);
        var now = clock.UtcNow;
        var digest = await digests.BuildAsync(organisation, week, now, cancellationToken);
        var card = WeeklyDigestCard.Build(digest, organisation, RecipientLanguages.Default(organisation));
        var id = $"digest:{occurrence.UtcTicks}";
        var message = OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"status:{week.Id}:{id}", now);
        try
        {
            await writer.CommitAsync(new Change<WeeklyDigestRecord>(StorageContainers.Status, new DocumentKey(week.Id, id), new WeeklyDigestRecord(week.Id, occurrence, now), null) { Messages = [message] }, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Posted already for this occurrence.
        }
    }
}
