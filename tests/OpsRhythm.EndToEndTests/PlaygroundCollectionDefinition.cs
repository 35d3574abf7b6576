namespace OpsRhythm.EndToEndTests;

/// <summary>Every test that talks to the Playground joins this collection: they share one bot and one Playground and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollectionDefinition : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
