namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>Section "Telemetry". The OTLP exporter reads the standard OTEL_* variables itself.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The Application Insights connection string; APPLICATIONINSIGHTS_CONNECTION_STRING wins when set.</summary>
    public string? AzureMonitorConnectionString { get; set; }

    /// <summary>service.name of every span, metric and log (also OTEL_SERVICE_NAME).</summary>
    public string ServiceName { get; set; } = "opsrhythm-bot";
}
