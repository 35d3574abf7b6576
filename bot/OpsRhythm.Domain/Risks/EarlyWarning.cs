using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Domain.Risks;

/// <summary>
/// Threshold crossing with hysteresis. The state only rises on a crossing (which alerts once)
/// and only falls once the value has recovered past the threshold by the link's recovery margin, so a
/// noisy series around a threshold produces one alert per real crossing, and the next real crossing
/// alerts again.
/// </summary>
public static class EarlyWarning
{
    /// <summary>The level of <paramref name="value"/>, with thresholds moved <paramref name="margin"/> towards the good side.</summary>
    public static WarningLevel Classify(IndicatorDirection direction, IndicatorLink link, double value, double margin = 0)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Critical is { } critical && IsPast(direction, value, critical, margin))
        {
            return WarningLevel.Critical;
        }

        return link.Warning is { } warning && IsPast(direction, value, warning, margin) ? WarningLevel.Warning : WarningLevel.Normal;
    }

    /// <summary>One new value: the next state, and the crossing to alert on (null when nothing new was crossed).</summary>
    public static (WarningLevel State, ThresholdCrossing? Crossing) Step(IndicatorDirection direction, IndicatorLink link, WarningLevel state, double value)
    {
        ArgumentNullException.ThrowIfNull(link);
        var level = Classify(direction, link, value);
        if (level > state)
        {
            var threshold = level == WarningLevel.Critical ? link.Critical!.Value : link.Warning!.Value;
            return (level, new ThresholdCrossing(level, value, threshold));
        }

        // Falling back needs the value to clear the threshold by the margin; until then the state (and its alert) holds.
        var recovered = Classify(direction, link, value, link.RecoveryMargin);
        return (recovered < state ? recovered : state, null);
    }

    /// <summary>The state after a whole series, in period order (the state a new value is judged from).</summary>
    public static WarningLevel StateAfter(IndicatorDirection direction, IndicatorLink link, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var state = WarningLevel.Normal;
        foreach (var value in values)
        {
            state = Step(direction, link, state, value).State;
        }

        return state;
    }

    /// <summary>Every crossing along a series, with the index of the value that caused it.</summary>
    public static IReadOnlyList<(int Index, ThresholdCrossing Crossing)> Crossings(IndicatorDirection direction, IndicatorLink link, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var state = WarningLevel.Normal;
        var crossings = new List<(int, ThresholdCrossing)>();
        for (var i = 0; i < values.Count; i++)
        {
            (state, var crossing) = Step(direction, link, state, values[i]);
            if (crossing is not null)
            {
                crossings.Add((i, crossing));
            }
        }

        return crossings;
    }

    private static bool IsPast(IndicatorDirection direction, double value, double threshold, double margin) =>
        direction == IndicatorDirection.HigherIsBetter ? value <= threshold + margin : value >= threshold - margin;
}
