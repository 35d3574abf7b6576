using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Submit (or edit until the deadline) and skip on the weekly status card.</summary>
public sealed class WeeklyStatusCardHandler(WeeklyStatusReports reports, ChangeWriter writer, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [WeeklyStatusVerbs.Submit, WeeklyStatusVerbs.Skip];

    public async Task<CardActionResult> HandleAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.EntityId?.Split('|') is not [var week, var departmentId]
            || await reports.FindAsync(week, departmentId, cancellationToken) is not { } stored)
        {
            return CardActionResult.ShowError(StatusCodes.Status404NotFound, "notFound", turn.Text["Common.Rejection.NotFound"]);
        }

        if (turn.Actor is not { } actor)
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "unknownPerson", turn.Text["Common.Error.UnknownPerson"]);
        }

        var now = time.GetUtcNow();

        // A card drawn from an older version (someone else saved since) answers with the current report.
        // Proactive cards carry no version: the ETag-guarded write below still refuses a lost update.
        if (request.Version is { } version && version != stored.ETag)
        {
            return Current(turn, stored, now, turn.Text["WeeklyStatus.Stale"]);
        }

        var decision = request.Verb == WeeklyStatusVerbs.Skip
            ? WeeklyStatusMachine.Skip(stored.Value, actor, turn.Organisation, request.Value("skipReason"), now)
            : WeeklyStatusMachine.Submit(stored.Value, actor, turn.Organisation, Input(request), now);
        if (decision.Rejection is { } rejection)
        {
            return rejection.Reason switch
            {
                RejectionReason.RoleNotAllowed => CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", RejectionText.Describe(rejection, turn.Text)),
                RejectionReason.InvalidInput => CardActionResult.ShowCard(WeeklyStatusFormCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, now, RejectionText.Describe(rejection, turn.Text), rejection, request.Data)),
                _ => Current(turn, stored, now, null),
            };
        }

        try
        {
            var saved = await writer.CommitAsync(
                new Change<WeeklyStatusReport>(StorageContainers.Status, stored.Key, decision.State!, stored.ETag)
                {
                    Audit = decision.Events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(WeeklyStatusReport), stored.Key.ToString(), e.Action, actor.Id, now)).ToList(),
                },
                cancellationToken);
            var notice = saved.Value.State == ReportState.Skipped
                ? turn.Text.Format("WeeklyStatus.Skipped", saved.Value.SkipReason)
                : saved.Value.Late ? turn.Text["WeeklyStatus.SubmittedLate"] : null;
            return CardActionResult.ShowCard(WeeklyStatusFormCard.Build(saved.Value, saved.ETag, turn.Organisation, turn.Text, now, notice));
        }
        catch (DocumentPreconditionFailedException)
        {
            var current = await reports.FindAsync(week, departmentId, cancellationToken) ?? stored;
            return Current(turn, current, now, turn.Text["WeeklyStatus.Stale"]);
        }
    }

    private static CardActionResult Current(Turn turn, StoredDocument<WeeklyStatusReport> stored, DateTimeOffset now, string? notice) =>
        CardActionResult.ShowCard(WeeklyStatusFormCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, now, notice));

    private static StatusInput Input(CardActionRequest request) => new(
        Enumerable.Range(0, WeeklyStatusFormCard.MaxRows)
            .Select(i => (request.Value($"task{i}.title") ?? string.Empty, request.Value($"task{i}.percent") ?? string.Empty, request.Value($"task{i}.health") ?? string.Empty))
            .ToList(),
        request.Value("highlights"),
        request.Value("problems"),
        request.Value("helpFrom"),
        request.Value("helpNeeded"));
}
