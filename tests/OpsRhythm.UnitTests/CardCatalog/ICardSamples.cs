using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Each feature lists every card it can send, in typical and extreme states (empty, many rows,
/// errors shown, stale-click answer, charts). The catalog tests render all of them in zh-CN and
/// en-US and check them with the official Adaptive Cards validator, the size limit and the verbs.
/// </summary>
public interface ICardSamples
{
    IEnumerable<CardSample> Samples(Localizer text);
}

/// <summary>A named card, e.g. "planning/draft-many-rows".</summary>
public sealed record CardSample(string Name, AdaptiveCard Card);
