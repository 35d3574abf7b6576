using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Posts the week's digest to the ops channel before the weekly meeting.</summary>
public sealed class WeeklyStatusDigestJob(IOrganisationDirectory directory, WeeklyStatusReports reports, MonthlyPlanTracking planTracking, ChangeWriter writer, IOptions<WeeklyStatusOptions> options, TimeProvider time) : IScheduledJob
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
        var now = time.GetUtcNow();
        var digest = await BuildAsync(organisation, week, now, cancellationToken);
        var card = WeeklyDigestCard.Build(digest, organisation, Localizer.ZhCn);
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

    /// <summary>The digest of a week for the departments that have a head, with overdue tasks of the week's monthly plans as of <paramref name="now"/>.</summary>
    public async Task<WeeklyDigest> BuildAsync(OrganisationProfile organisation, StatusWeek week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(week);
        var current = await reports.OfWeekAsync(week.Id, cancellationToken);
        var last = await reports.OfWeekAsync(IsoWeek.Previous(week.Id), cancellationToken);
        var plans = await planTracking.PlansAsync(MonthlyPlanTracking.MonthOf(week.Deadline, organisation), cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone)).DateTime);
        var departmentIds = organisation.Departments.Where(d => d.HeadPersonId is not null).Select(d => d.Id).ToList();
        return WeeklyDigest.Build(week.Id, departmentIds, current.Select(r => r.Value).ToList(), last.Select(r => r.Value).ToList(), plans, today);
    }
}
