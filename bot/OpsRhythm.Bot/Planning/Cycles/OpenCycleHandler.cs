using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// plan.open: reads the form (period, due date, guidelines) and opens the cycle through the card pipeline,
/// starting from what <see cref="CycleOpening"/> finds and notifying as it does for the scheduler. A cycle
/// already there (or opened by someone else meanwhile) is named instead of the form.
/// </summary>
internal sealed class OpenCycleHandler(PlanDocuments documents, CycleOpening opening, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Open] = VerbAccess.Company(Role.OpsOffice | Role.Leadership),
    };

    /// <summary>Drafts are due a week from today, but never after the period has started.</summary>
    public static DateOnly SuggestedDueDate(DateOnly today, PlanPeriod period)
    {
        var due = today.AddDays(7);
        return due < period.Start ? due : (today < period.Start ? period.Start.AddDays(-1) : period.End);
    }

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<PlanKind>(card.Value(PlanFields.Kind), out var k) && Enum.IsDefined(k) ? k : PlanKind.Monthly;
        var today = pipeline.Clock.Today(card.Organisation);
        var asked = PlanPeriod.TryParse(card.Value(PlanFields.Period), out var p) && p.Kind == kind ? p : null;
        var period = asked ?? PlanPeriod.NextAfter(kind, today);
        var start = await opening.StartAsync(period, cancellationToken);
        var open = new StateCreation<PlanCycle, OpenCycleCommand>
        {
            Container = PlanDocuments.Container,
            EntityType = nameof(PlanCycle),
            ActionPrefix = PlanAudit.ActionPrefix,
            EntityId = cycle => cycle.CycleId,
            Read = () => Read(card, asked, today),
            Decide = command => PlanCycleMachine.Decide(start.Existing?.Value, PlanWorkflow.Actor(card), command),
            Key = cycle => PlanDocuments.CycleKey(cycle.CycleId),
            Also = made => start.Plans(made.After),
            Messages = made => CycleOpening.Notifications(card.Organisation, made.After, start, card.Actor.Id, made.At).MessagesIn(card.Turn.Languages),
            Load = (key, ct) => documents.CycleAsync(key.PartitionKey, ct),
            ShowForm = rejection => rejection.Reason == RejectionReason.WrongState && start.Existing is { } existing ? Exists(card, existing.Value) : Form(card, period, today, rejection),
            Show = (stored, note, _) => Task.FromResult(note.Notice is { } opened ? CardActionResult.ShowMessage(opened) : Exists(card, stored.Value)),
            Done = opened => card.Text.Format("Planning.Msg.Opened", PlanNames.Cycle(opened, card.Text)),
        };
        return await pipeline.CreateAsync(card, open, cancellationToken);
    }

    private CommandRead<OpenCycleCommand> Read(CardTurn card, PlanPeriod? period, DateOnly today)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (period is null)
        {
            errors[PlanFields.Period] = new FieldError("Planning.Error.PeriodFormat");
        }

        if (!DateOnly.TryParseExact(card.Value(PlanFields.DueDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors[PlanFields.DueDate] = new FieldError("Planning.Error.NotADate");
        }

        return errors.Count > 0
            ? CommandRead.Errors<OpenCycleCommand>(errors)
            : new OpenCycleCommand(period!, due, [.. card.Organisation.Departments.Select(d => d.Id)], today, pipeline.Clock.UtcNow) { Guidelines = card.Value(PlanFields.Guidelines) };
    }

    private static CardActionResult Exists(CardTurn card, PlanCycle existing) =>
        CardActionResult.ShowMessage(card.Text.Format("Planning.Msg.CycleExists", PlanNames.Cycle(existing, card.Text)));

    private static CardActionResult Form(CardTurn card, PlanPeriod period, DateOnly today, Rejection rejection) =>
        CardActionResult.ShowCard(CycleOpenCard.Build(period, SuggestedDueDate(today, period), card.Text, rejection, card.Request.Data));
}
