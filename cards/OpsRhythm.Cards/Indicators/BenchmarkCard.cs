using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>The ops office records an industry benchmark for an indicator and period .</summary>
public static class BenchmarkCard
{
    public static AdaptiveCard Build(IndicatorCatalog catalog, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Indicators.Benchmark.Title"]), CardParts.Subtle(text["Indicators.Benchmark.Hint"]) };
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Good));
        }

        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        body.AddRange(FieldInput.With(new InputChoiceSet([.. catalog.Indicators.Select(i => new Choice($"{i.Name.For(text.Culture)} ({i.Unit})", i.Id))])
        {
            Id = IndicatorFields.Indicator, Label = text["Indicators.Column.Indicator"], Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, IndicatorFields.Indicator),
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Period, Label = text["Indicators.Column.Period"], Placeholder = text["Indicators.Entry.PeriodPlaceholder"], Value = CardParts.Value(typed, IndicatorFields.Period) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Value, Label = text["Indicators.Column.Value"], Value = CardParts.Value(typed, IndicatorFields.Value) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Source, Label = text["Indicators.Benchmark.Source"], Value = CardParts.Value(typed, IndicatorFields.Source), MaxLength = IndicatorLimits.BenchmarkSource }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Save"], IndicatorVerbs.SaveBenchmark)],
            FallbackText = text["Indicators.Benchmark.Title"],
        };
    }
}
