using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// The organisation document as a card pipeline's state. Every turn reads it from the directory's cache,
/// so the verb loads it from there, tells the cache what the pipeline committed, and drops the cache when
/// the commit lost the race (the pipeline then loads again and shows the store's) or when the card was drawn
/// from another version than the cached one (another instance saved within the cache's lifetime: the
/// version the click is checked against must be the store's). An administrator acting as someone else is
/// recorded as such on every entry. The audit names what changed inside the document (a department, a
/// person, a stand-in), which the verb gives as <c>entityType</c> and <c>entityId</c>.
/// </summary>
internal static class OrganisationChange
{
    public static StateChange<OrganisationProfile, TCommand> Of<TCommand>(
        IOrganisationDirectory directory,
        CardTurn card,
        string entityType,
        Func<string> entityId,
        Func<OrganisationProfile, CommandRead<TCommand>> read,
        Func<OrganisationProfile, TCommand, Decision<OrganisationProfile>> decide,
        Func<StoredDocument<OrganisationProfile>, CardNote, CancellationToken, Task<CardActionResult>> show,
        Func<OrganisationProfile, string?> done)
    {
        var loaded = false;
        return new()
        {
            Container = StorageContainers.Organisation,
            EntityType = entityType,
            EntityId = _ => entityId(),
            Load = async ct =>
            {
                if (loaded)
                {
                    directory.Forget();
                    return await directory.GetStoredAsync(ct);
                }

                loaded = true;
                var cached = await directory.GetStoredAsync(ct);
                if (card.Request.Version is not { } drawn || string.Equals(drawn, cached.ETag, StringComparison.Ordinal))
                {
                    return cached;
                }

                directory.Forget();
                return await directory.GetStoredAsync(ct);
            },
            Read = read,
            Decide = (profile, command) => ActingAs(card, decide(profile, command)),
            Then = (saved, _) =>
            {
                directory.Remember(saved);
                return Task.FromResult(done(saved.Value));
            },
            Show = show,
        };
    }

    private static Decision<OrganisationProfile> ActingAs(CardTurn card, Decision<OrganisationProfile> decision) =>
        card.Turn.ActingAsFrom is { } real && decision.State is { } state
            ? Decision.Accept(state, [.. decision.Events.Select(e => e with { Details = new Dictionary<string, string>(e.Details) { ["actingAsFrom"] = real.Id } })])
            : decision;
}
