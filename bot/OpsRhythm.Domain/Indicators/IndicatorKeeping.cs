using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>The ops office's decisions on what every department is measured by: the catalog and the benchmarks .</summary>
public static class IndicatorKeeping
{
    /// <summary>An indicator added to the catalog, or changed in place; the event says which.</summary>
    public static Decision<IndicatorCatalog> SaveIndicator(IndicatorCatalog catalog, Person actor, IndicatorEdit edit)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(edit);
        if (IndicatorAccess.CheckOpsOffice(actor) is { } refused)
        {
            return Decision.Reject<IndicatorCatalog>(refused);
        }

        var validated = edit.Validate(catalog);
        if (validated.Rejection is { } invalid)
        {
            return Decision.Reject<IndicatorCatalog>(invalid);
        }

        var indicator = validated.State!;
        var action = catalog.Indicators.Any(i => i.Id == indicator.Id) ? "changed" : "added";
        return Decision.Accept(catalog.With(indicator), new WorkflowEvent(action));
    }

    /// <summary>A benchmark is recorded or replaced as a whole: there is nothing in the one before to judge.</summary>
    public static Decision<Benchmark> RecordBenchmark(Person actor, RecordBenchmark command, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (IndicatorAccess.CheckOpsOffice(actor) is { } refused)
        {
            return Decision.Reject<Benchmark>(refused);
        }

        var benchmark = new Benchmark(command.IndicatorId, command.Period.ToString(), command.Value) { Source = command.Source, RecordedBy = actor.Id, RecordedAt = at };
        return Decision.Accept(benchmark, new WorkflowEvent("recorded") { Details = new Dictionary<string, string> { ["value"] = command.Value.ToString(CultureInfo.InvariantCulture) } });
    }
}
