using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>The ops office plans regular inspections; the list card's button shows the plan form.</summary>
internal sealed class InspectionPlanHandler(CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [InspectionVerbs.Schedule] = VerbAccess.Company(Role.OpsOffice),
        [InspectionVerbs.PlanForm] = VerbAccess.Company(Role.OpsOffice),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (card.Verb == InspectionVerbs.PlanForm)
        {
            return Task.FromResult(CardActionResult.ShowCard(InspectionPlanCard.Build(card.Organisation, card.Text, day, new Dictionary<string, string> { [IndicatorFields.Owner] = card.Actor.Id })));
        }

        return pipeline.CreateAsync(
            card,
            new StateCreation<ScheduledInspection, ScheduleInspection>
            {
                Container = StorageContainers.Improvement,
                EntityType = nameof(ScheduledInspection),
                Read = () => InspectionPlanInput.Read(card, today),
                Decide = c => InspectionScheduling.Decide(card.Actor, card.Organisation, c, Guid.NewGuid().ToString("N")[..12], today, pipeline.Clock.UtcNow),
                Key = planned => new DocumentKey(ScheduledInspection.PartitionFor(planned.Date), planned.Id),
                ShowForm = rejection => CardActionResult.ShowCard(InspectionPlanCard.Build(card.Organisation, card.Text, day, card.Request.Data, rejection)),

                // A fresh form, so the next department's inspection is planned right away, with what was planned above it.
                Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(InspectionPlanCard.Build(
                    card.Organisation, card.Text, day, new Dictionary<string, string> { [IndicatorFields.Owner] = stored.Value.InspectorPersonId }, notice: note.Notice))),
                Done = planned => card.Text.Format(
                    "Inspections.Plan.Scheduled",
                    DisplayTime.Date(planned.Date, card.Text),
                    card.Organisation.FindDepartment(planned.DepartmentId)?.Name.For(card.Text.Culture) ?? planned.DepartmentId,
                    card.Text[$"Inspections.Repeat.{planned.RepeatMonths}"]),
            },
            cancellationToken);
    }
}
