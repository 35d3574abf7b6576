using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Resources;

/// <summary>
/// A month's actual spending and headcount entered on the resource card, by the department's head (or its
/// deputy) or the ops office: the first entry creates the month, a later one replaces it at the card's version. The plan's figures are
/// read from the approved plans at entry; an entry that pushes the month over is posted to the ops office and the
/// department in the same commit.
/// </summary>
internal sealed class ResourceEntryHandler(ResourceReader reader, ResourcePlans plans, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ResourceVerbs.Enter] = VerbAccess.Department(ResourceMachine.EnterRoles, r => r.Value(ResourceFields.Department)).WithStandIns(StandInKind.Department),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Value(ResourceFields.Department) is not { } departmentId || !ResourceMonthText.TryParse(card.Value(ResourceFields.Month), out var year, out var month))
        {
            return CardAnswers.NotFound(card);
        }

        if (ResourceMachine.CheckEnter(card.Actor, card.Organisation, departmentId, pipeline.Clock.Today(card.Organisation)) is { } forbidden)
        {
            return CardAnswers.Forbidden(card, forbidden);
        }

        var plan = await plans.ForAsync(departmentId, year, month, cancellationToken);
        CardActionResult Card(ResourceMonth? actual, string? version, string? notice, Rejection? rejection) => CardActionResult.ShowCard(ResourceCard.Build(
            card.Organisation, departmentId, year, month, plan, actual, version, card.Text, notice, rejection, rejection is null ? null : card.Request.Data));
        Task<CardActionResult> Show(StoredDocument<ResourceMonth> stored, CardNote note) => Task.FromResult(Card(stored.Value, stored.ETag, note.Notice, note.Rejection));
        IReadOnlyList<OutboxMessage> Messages(ChangeMade<ResourceMonth> made) => ResourceOverMessages.For(made.After, made.Decision, card.Organisation, card.Turn.Languages, made.At);
        string Done(ResourceMonth m) => card.Text.Format("Resources.Saved", Cards.Common.PeriodNames.Month(m.Year, m.Month, card.Text));

        if (await reader.ReadAsync(departmentId, year, month, cancellationToken) is null)
        {
            return await pipeline.CreateAsync(card, new StateCreation<ResourceMonth, EnterResourceActuals>
            {
                Container = ResourceReader.Container,
                EntityType = nameof(ResourceMonth),
                ActionPrefix = "resources.",
                Read = () => Read(card, departmentId, year, month, plan),
                Decide = command => ResourceMachine.Enter(null, card.Actor, card.Organisation, command),
                Key = _ => ResourceReader.KeyOf(departmentId, year, month),
                Load = (_, ct) => reader.ReadAsync(departmentId, year, month, ct),
                Messages = Messages,
                ShowForm = rejection => Card(null, null, null, rejection),
                Show = (stored, note, _) => Show(stored, note),
                Done = Done,
            }, cancellationToken);
        }

        return await pipeline.ChangeAsync(card, new StateChange<ResourceMonth, EnterResourceActuals>
        {
            Container = ResourceReader.Container,
            EntityType = nameof(ResourceMonth),
            ActionPrefix = "resources.",
            Load = ct => reader.ReadAsync(departmentId, year, month, ct),
            Read = _ => Read(card, departmentId, year, month, plan),
            Decide = (current, command) => ResourceMachine.Enter(current, card.Actor, card.Organisation, command),
            Messages = Messages,
            Show = (stored, note, _) => Show(stored, note),
            Done = Done,
        }, cancellationToken);
    }

    /// <summary>The two figures as numbers (one that is not is refused beside its field; the ranges are the Domain's).</summary>
    private CommandRead<EnterResourceActuals> Read(CardTurn card, string departmentId, int year, int month, ResourcePlan plan)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (!decimal.TryParse(card.Value(ResourceFields.Budget), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget))
        {
            errors[ResourceFields.Budget] = new FieldError("Resources.Validation.Budget", ResourceLimits.Budget);
        }

        if (!decimal.TryParse(card.Value(ResourceFields.Headcount), NumberStyles.Number, CultureInfo.InvariantCulture, out var people)
            || people != decimal.Truncate(people) || people is < int.MinValue or > int.MaxValue)
        {
            errors[ResourceFields.Headcount] = new FieldError("Resources.Validation.Headcount", ResourceLimits.Headcount);
        }

        return errors.Count > 0
            ? CommandRead.Errors<EnterResourceActuals>(errors)
            : new EnterResourceActuals(departmentId, year, month, budget, (int)people, card.Value(ResourceFields.Note), plan,
                pipeline.Clock.Today(card.Organisation), pipeline.Clock.UtcNow);
    }
}
