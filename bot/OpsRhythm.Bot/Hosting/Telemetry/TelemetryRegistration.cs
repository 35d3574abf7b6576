using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs, exported to Azure Monitor when a connection string is set
/// and over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (both may be). With neither, nothing is
/// registered: no SDK, no store decorator, no memory spent on telemetry nobody reads.
/// </summary>
internal static class TelemetryRegistration
{
    public const string ConnectionStringVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var connectionString = NonEmpty(configuration[ConnectionStringVariable]) ?? NonEmpty(options.AzureMonitorConnectionString);
        var otlp = NonEmpty(configuration[OtlpEndpointVariable]) is not null;
        if (connectionString is null && !otlp)
        {
            return builder;
        }

        Register(builder.Services, configuration, options, connectionString, otlp);
        return builder;
    }

    /// <summary>Apart and never inlined, so that a bot without telemetry never loads the OpenTelemetry assemblies.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Register(IServiceCollection services, ConfigurationManager configuration, TelemetryOptions options, string? connectionString, bool otlp)
    {
        TracedStoreRegistration.Decorate(services);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(NonEmpty(configuration["OTEL_SERVICE_NAME"]) ?? options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = DependencyUrls.Redact))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("System.Runtime"))
            .WithLogging(logging => logging.AddProcessor(new LogAttributeRedactor()));

        if (connectionString is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(o => o.ConnectionString = connectionString));
        }

        if (otlp)
        {
            // Endpoint, protocol and headers come from the standard OTEL_* variables; the metric interval
            // is read here because the per-signal exporter keeps its own 60 s default otherwise.
            var interval = int.TryParse(configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var milliseconds) && milliseconds > 0 ? milliseconds : 60_000;
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter())
                .WithMetrics(metrics => metrics.AddOtlpExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval))
                .WithLogging(logging => logging.AddOtlpExporter());
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
