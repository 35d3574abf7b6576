using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// The one way a card verb changes state. The dispatcher has checked the verb's access rule; then, in this
/// order and nowhere else: load with version (404), who may act on this item (403 naming who may), the
/// stale check (the current card), the typed command (field errors beside their fields), the Domain's
/// decision (a refusal about who acts is a 403, any other is shown on the card), one audit trail, the
/// atomic commit of state, audit and messages (a lost race answers with the current card), the answer.
/// </summary>
internal sealed class CardPipeline(ChangeWriter writer, OrganisationClock clock)
{
    public OrganisationClock Clock => clock;

    public async Task<CardActionResult> ChangeAsync<TState, TCommand>(CardTurn card, StateChange<TState, TCommand> verb, CancellationToken cancellationToken)
        where TState : class
    {
        if (await verb.Load(cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(card);
        }

        if (verb.MayAct?.Invoke(current.Value) is { } refused)
        {
            return CardAnswers.Forbidden(card, refused);
        }

        if (verb.ChecksVersion && !string.Equals(card.Request.Version, verb.Version is { } version ? version(current) : current.ETag, StringComparison.Ordinal)
            && !(verb.OtherVersion?.Invoke(current.Value) is { } other && string.Equals(card.Request.Version, other, StringComparison.Ordinal)))
        {
            return await verb.Show(current, CardNote.Said(CardAnswers.StaleNotice(card)), cancellationToken);
        }

        var read = verb.Read(current.Value);
        if (read.Invalid is { } invalid)
        {
            return await verb.Show(current, CardNote.Refused(invalid), cancellationToken);
        }

        var decision = verb.Decide(current.Value, read.Command!);
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(card.Turn, rejection) ?? await verb.Show(current, CardNote.Refused(rejection), cancellationToken);
        }

        var made = new ChangeMade<TState>(current.Value, decision.State!, decision, clock.UtcNow);
        if (verb.Call is { } call)
        {
            var answered = await call.Make(made, cancellationToken);
            if (answered.Failure is { } failure)
            {
                return await verb.Show(current, CardNote.Failed(failure), cancellationToken);
            }

            made = made with { After = answered.State! };
        }

        var change = new Change<TState>(verb.Container, current.Key, made.After, current.ETag)
        {
            Audit = AuditTrail.Of(verb.EntityType, verb.EntityId?.Invoke(made.After) ?? current.Key.Id, decision, card.Actor.Id, made.At, verb.ActionPrefix),
            Messages = verb.Messages?.Invoke(made) ?? [],
            Also = verb.Also?.Invoke(made) ?? [],
        };
        StoredDocument<TState> stored;
        try
        {
            stored = await writer.CommitAsync(change, cancellationToken);
        }
        catch (Exception e) when (IsLostRace(e))
        {
            // Someone changed it between our read and our write: nothing of ours was written; show theirs.
            var latest = await verb.Load(verb.Call is null ? cancellationToken : CancellationToken.None);
            if (verb.Call is { } undo)
            {
                latest = await undo.Undo(made, latest);
            }

            return latest is not null
                ? await verb.Show(latest, CardNote.Said(CardAnswers.StaleNotice(card)), cancellationToken)
                : CardAnswers.NotFound(card);
        }

        if (verb.Committed is { } committed)
        {
            await committed(stored, cancellationToken);
        }

        var notice = verb.Then is { } then ? await then(stored, cancellationToken) : verb.Done?.Invoke(stored.Value);
        return await verb.Show(stored, CardNote.Said(notice), cancellationToken);
    }

    public async Task<CardActionResult> CreateAsync<TState, TCommand>(CardTurn card, StateCreation<TState, TCommand> verb, CancellationToken cancellationToken)
        where TState : class
    {
        var read = verb.Read();
        if (read.Invalid is { } invalid)
        {
            return verb.ShowForm(invalid);
        }

        var decision = verb.Decide(read.Command!);
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(card.Turn, rejection) ?? verb.ShowForm(rejection);
        }

        var made = new ChangeMade<TState>(null, decision.State!, decision, clock.UtcNow);
        if (verb.Call is { } call)
        {
            var answered = await call.Make(made, cancellationToken);
            if (answered.Failure is { } failure)
            {
                return verb.ShowFailure?.Invoke(failure) ?? verb.ShowForm(Domain.Workflow.Rejection.WrongState);
            }

            made = made with { After = answered.State! };
        }

        var key = verb.Key(made.After);
        var change = new Change<TState>(verb.Container, key, made.After, null)
        {
            Audit = AuditTrail.Of(verb.EntityType, verb.EntityId?.Invoke(made.After) ?? key.Id, decision, card.Actor.Id, made.At, verb.ActionPrefix),
            Messages = verb.Messages?.Invoke(made) ?? [],
            Also = verb.Also?.Invoke(made) ?? [],
        };
        try
        {
            var stored = await writer.CommitAsync(change, cancellationToken);
            return await verb.Show(stored, CardNote.Said(verb.Done?.Invoke(stored.Value)), cancellationToken);
        }
        catch (Exception e) when (IsLostRace(e))
        {
            // Created already (a retried click with a deterministic key, or someone else first): nothing is doubled.
            var existing = verb.Load is null ? null : await verb.Load(key, CancellationToken.None);
            if (verb.Call is { } undo)
            {
                // Someone else's item is shown as the current card, after the call made for ours is put back.
                existing = await undo.Undo(made, existing);
                return existing is null ? CardAnswers.NotFound(card) : await verb.Show(existing, CardNote.Said(CardAnswers.StaleNotice(card)), cancellationToken);
            }

            // A retried click: what the first one recorded; without a way to read it, the form says it exists.
            return existing is null ? verb.ShowForm(Domain.Workflow.Rejection.WrongState) : await verb.Show(existing, CardNote.None, cancellationToken);
        }
    }

    /// <summary>The store's ways of saying another writer got there first.</summary>
    public static bool IsLostRace(Exception exception) =>
        exception is DocumentPreconditionFailedException or DocumentConflictException or BatchFailedException;
}
