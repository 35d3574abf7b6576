namespace OpsRhythm.Bot.Indicators;

/// <summary>Indicator catalog, targets, values, evaluation, scorecards, inspections and improvement actions.</summary>
public static class IndicatorsRegistration
{
    public static WebApplicationBuilder AddIndicators(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
