using System.Collections.Concurrent;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>Remembered languages in a dictionary, for the router harness (the stored one has its own contract tests).</summary>
internal sealed class InMemoryPersonLanguages : IPersonLanguages
{
    public ConcurrentDictionary<string, string> Remembered { get; } = new(StringComparer.Ordinal);

    public Task<RecipientLanguages> ForAsync(OrganisationProfile organisation, CancellationToken cancellationToken) =>
        Task.FromResult(new RecipientLanguages(organisation, new Dictionary<string, string>(Remembered, StringComparer.Ordinal)));

    public Task RememberAsync(string personId, string language, CancellationToken cancellationToken)
    {
        Remembered[personId] = language;
        return Task.CompletedTask;
    }
}
