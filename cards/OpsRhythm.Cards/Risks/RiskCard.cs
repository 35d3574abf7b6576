using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Risks;

/// <summary>
/// One risk: its assessment with how it moved, strategy and watched indicators; the owner confirms reviews,
/// reassesses it or closes it.
/// </summary>
public static class RiskCard
{
    /// <summary>The reassessments shown, newest first; older ones stay in the risk and its audit trail.</summary>
    public const int HistoryShown = 5;

    public static AdaptiveCard Build(Risk risk, string version, RiskLevelBands bands, OrganisationProfile organisation, IndicatorCatalog catalog, Localizer text, string? notice = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var level = risk.LevelIn(bands);
        string Person(string? id) => id is null ? "—" : organisation.FindPerson(id)?.Name.For(text.Culture) ?? id;
        var facts = new List<Fact>
        {
            new(text["Risks.Field.Department"], organisation.FindDepartment(risk.DepartmentId)?.Name.For(text.Culture) ?? risk.DepartmentId),
            new(text["Risks.Field.Category"], text[$"Risks.Category.{risk.Category}"]),
            new(text["Risks.Field.Assessment"], text.Format("Risks.Assessment", risk.Likelihood, risk.Impact, risk.Score, RiskText.Level(level, text))),
            new(text["Risks.Field.Strategy"], text[$"Risks.Strategy.{risk.Strategy}"]),
            new(text["Risks.Field.Owner"], Person(risk.OwnerPersonId)),
            new(text["Risks.Field.Status"], text[$"Risks.Status.{risk.Status}"]),
        };
        facts.AddRange(risk.Actions.Select(a => new Fact(text["Risks.Field.Action"], text.Format("Risks.ActionWithOwner", a.Text, Person(a.OwnerPersonId)))));
        if (risk.Counterparty is { } counterparty)
        {
            facts.Add(new(text["Risks.Field.Counterparty"], counterparty));
        }

        if (risk.ReviewDate is { } review)
        {
            facts.Add(new(text["Risks.Field.ReviewDate"], DisplayTime.Date(review, text)));
        }

        foreach (var link in risk.IndicatorLinks)
        {
            var indicator = catalog.Find(link.IndicatorId);
            facts.Add(new(text["Risks.Field.Indicator"], text.Format(
                "Risks.LinkText",
                indicator?.Name.For(text.Culture) ?? link.IndicatorId,
                link.Warning?.ToString("#,0.##", text.Culture) ?? "—",
                link.Critical?.ToString("#,0.##", text.Culture) ?? "—",
                indicator?.Unit ?? string.Empty)));
        }

        var body = new List<CardElement>
        {
            new Container([new TextBlock(risk.Description) { Size = TextSize.Medium, Weight = TextWeight.Bolder }]) { Style = RiskText.Style(level), Bleed = true },
            new FactSet(facts),
        };
        if (risk.Reassessments.Count > 0)
        {
            body.Add(new TextBlock(text["Risks.History.Title"]) { Weight = TextWeight.Bolder, Separator = true });
            body.Add(new FactSet([.. risk.Reassessments.Reverse().Take(HistoryShown).Select(r => new Fact(
                DisplayTime.Moment(r.At, organisation, text),
                text.Format(r.Note is null ? "Risks.History.Entry" : "Risks.History.EntryWithNote", r.FromLikelihood, r.FromImpact, r.Likelihood, r.Impact, Person(r.ByPersonId), r.Note ?? string.Empty)))]));
        }
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        if (risk.Status == RiskStatus.Closed)
        {
            return new AdaptiveCard(body) { FallbackText = risk.Description };
        }

        body.AddRange(FieldInput.With(new InputDate { Id = RiskFields.NextReview, Label = text["Risks.Field.NextReview"] }, rejection, text));
        var ratings = Enumerable.Range(RiskAssessment.Min, RiskAssessment.Max).Select(i => new Choice(text[$"Risks.Rating.{i}"], i.ToString(CultureInfo.InvariantCulture))).ToList();
        body.Add(new TextBlock(text["Risks.Reassess.Title"]) { Weight = TextWeight.Bolder, Separator = true });
        body.Add(new ColumnSet(
        [
            new Column([.. FieldInput.With(new InputChoiceSet(ratings) { Id = RiskFields.NewLikelihood, Label = text["Risks.Field.Likelihood"], Value = risk.Likelihood.ToString(CultureInfo.InvariantCulture) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(ratings) { Id = RiskFields.NewImpact, Label = text["Risks.Field.Impact"], Value = risk.Impact.ToString(CultureInfo.InvariantCulture) }, rejection, text)]) { Width = "stretch" },
        ]));
        body.AddRange(FieldInput.With(new InputText { Id = RiskFields.ReassessNote, Label = text["Risks.Reassess.Note"], MaxLength = RiskLimits.ReassessNote }, rejection, text));
        var department = new Dictionary<string, string> { [RiskFields.RiskDepartment] = risk.DepartmentId };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Risks.Reviewed"], RiskVerbs.Review, risk.Id, version, department),
                ActionData.Execute(text["Risks.Reassess.Button"], RiskVerbs.Reassess, risk.Id, version, department),
                ActionData.Execute(text["Risks.Close"], RiskVerbs.Close, risk.Id, version, new Dictionary<string, string> { [RiskFields.RiskDepartment] = risk.DepartmentId }) with { AssociatedInputs = "none" },
            ],
            FallbackText = risk.Description,
        };
    }
}
