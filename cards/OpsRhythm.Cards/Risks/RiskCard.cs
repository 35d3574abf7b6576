using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Risks;

/// <summary>One risk: its assessment, strategy and watched indicators; the owner confirms reviews or closes it.</summary>
public static class RiskCard
{
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
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Risks.Reviewed"], RiskVerbs.Review, risk.Id, version, new Dictionary<string, string> { [RiskFields.RiskDepartment] = risk.DepartmentId }),
                ActionData.Execute(text["Risks.Close"], RiskVerbs.Close, risk.Id, version, new Dictionary<string, string> { [RiskFields.RiskDepartment] = risk.DepartmentId }) with { AssociatedInputs = "none" },
            ],
            FallbackText = risk.Description,
        };
    }
}
