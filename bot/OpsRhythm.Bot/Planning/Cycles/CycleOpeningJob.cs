using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// Opens the next period's cycle of one kind at period end (cron in the organisation's time zone),
/// through the same <see cref="CycleOpening"/> as the card, acting as the scheduler ("system" in the
/// audit). A cycle someone already opened is left alone.
/// </summary>
internal sealed class CycleOpeningJob(
    PlanKind kind,
    CycleOpening opening,
    IOrganisationDirectory directory,
    IOptions<CycleScheduleOptions> options,
    OrganisationClock clock,
    ILogger<CycleOpeningJob> logger) : IScheduledJob
{
    public string Name => $"plan-open-{kind}".ToLowerInvariant();

    public string CronExpression => options.Value.Cron(kind);

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled(kind))
        {
            return;
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var zone = OrganisationZones.Of(organisation);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, zone).DateTime);
        var today = clock.Today(organisation);
        var period = PlanPeriod.NextAfter(kind, day);
        var due = day.AddDays(settings.DueDays(kind));
        var command = new OpenCycleCommand(period, due > period.End ? period.End : due, organisation.Departments.Select(d => d.Id).ToList(), today < day ? day : today, clock.UtcNow)
        {
            Guidelines = kind == PlanKind.Annual ? settings.AnnualGuidelines : null,
        };
        var result = await opening.OpenAsync(PlanActor.Scheduler(kind), organisation, command, cancellationToken);
        if (result.Opened is { } opened)
        {
            logger.CycleOpened(opened.CycleId, occurrence);
        }
        else if (result.Existing is null)
        {
            logger.CycleNotOpened(PlanCycle.IdFor(period), result.Rejection?.Reason.ToString() ?? string.Empty);
        }
    }
}
