using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// plan.open: checks the form (period, due date, guidelines) and opens the cycle through
/// <see cref="CycleOpening"/>, the same path the scheduler takes at period end.
/// </summary>
internal sealed class OpenCycleHandler(PlanWorkflow workflow, CycleOpening opening) : ICardActionHandler
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
        var (turn, request) = (card.Turn, card.Request);
        var kind = Enum.TryParse<PlanKind>(request.Value(CycleOpenCard.KindKey), out var k) && Enum.IsDefined(k) ? k : PlanKind.Monthly;
        var today = workflow.Clock.Today(turn.Organisation);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (!PlanPeriod.TryParse(request.Value(PlanFields.Period), out var period) || period.Kind != kind)
        {
            errors[PlanFields.Period] = new FieldError("Planning.Error.PeriodFormat");
            period = PlanPeriod.NextAfter(kind, today);
        }

        if (!DateOnly.TryParseExact(request.Value(PlanFields.DueDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors[PlanFields.DueDate] = new FieldError("Planning.Error.NotADate");
        }

        if (errors.Count > 0)
        {
            return Form(turn, period, today, Rejection.Invalid(errors), request);
        }

        var command = new OpenCycleCommand(period, due, turn.Organisation.Departments.Select(d => d.Id).ToList(), today, workflow.Clock.UtcNow)
        {
            Guidelines = request.Value(PlanFields.Guidelines),
        };
        var result = await opening.OpenAsync(PlanWorkflow.Actor(card), turn.Organisation, command, cancellationToken);
        if (result.Opened is { } opened)
        {
            return CardActionResult.ShowMessage(turn.Text.Format("Planning.Msg.Opened", PlanNames.Cycle(opened, turn.Text)));
        }

        var rejection = result.Rejection!;
        return CardAnswers.Refusal(turn, rejection)
            ?? (result.Existing is { } existing
                ? CardActionResult.ShowMessage(turn.Text.Format("Planning.Msg.CycleExists", PlanNames.Cycle(existing, turn.Text)))
                : Form(turn, period, today, rejection, request));
    }

    private static CardActionResult Form(Turn turn, PlanPeriod period, DateOnly today, Rejection rejection, CardActionRequest request) =>
        CardActionResult.ShowCard(CycleOpenCard.Build(period, SuggestedDueDate(today, period), turn.Text, rejection, request.Data));
}
