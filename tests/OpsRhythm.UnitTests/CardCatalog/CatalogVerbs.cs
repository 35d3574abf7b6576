namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>The verbs of <see cref="ModelCoverageSamples"/>: not the product's, so only the catalog's checks know them.</summary>
public static class CatalogVerbs
{
    public const string Approve = "catalog.approve";
    public const string Return = "catalog.return";
    public const string Refresh = "catalog.refresh";

    public static IReadOnlyCollection<string> All { get; } = [Approve, Return, Refresh];
}
