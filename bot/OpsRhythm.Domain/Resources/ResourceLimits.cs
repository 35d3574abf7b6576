namespace OpsRhythm.Domain.Resources;

/// <summary>The server-side limits of a resource entry; the card's inputs state the same ones.</summary>
public static class ResourceLimits
{
    public const int Note = 500;

    /// <summary>Ten billion yuan a month is beyond any department; a larger figure is a typing slip.</summary>
    public const decimal Budget = 10_000_000_000m;

    public const int Headcount = 100_000;

    /// <summary>Actuals are entered for the current month or the ones just closed, not rewritten years later.</summary>
    public const int MonthsBack = 12;
}
