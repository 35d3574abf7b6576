namespace OpsRhythm.Domain.Indicators;

/// <summary>An actual value against one reference (target, same period last year, benchmark).</summary>
public sealed record Comparison(double Reference, double Delta, double? Percent, bool IsFavourable)
{
    /// <summary>Null when either side is missing: a missing figure is never compared as zero.</summary>
    public static Comparison? Of(Indicator indicator, double? actual, double? reference)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (actual is not { } a || reference is not { } r)
        {
            return null;
        }

        var delta = a - r;
        double? percent = r == 0 ? null : delta / Math.Abs(r) * 100;
        return new Comparison(r, delta, percent, indicator.IsAtLeastAsGood(a, r));
    }
}
