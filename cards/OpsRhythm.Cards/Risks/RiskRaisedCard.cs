using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>
/// Tells the ops office and the department's channel that a high or critical risk was registered (or reassessed
/// up to that level): what it is, how it was assessed and who owns it. Read-only: the owner manages it on the risk card.
/// </summary>
public static class RiskRaisedCard
{
    /// <summary>Why the card is sent: "Registered", "Reassessed" or "Plan" (a risk of an approved plan).</summary>
    public static AdaptiveCard Build(Risk risk, string reason, RiskLevelBands bands, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var level = risk.LevelIn(bands);
        var department = organisation.FindDepartment(risk.DepartmentId)?.Name.For(text.Culture) ?? risk.DepartmentId;
        var title = text.Format($"Risks.Raised.{reason}", RiskText.Level(level, text), department);
        var owner = organisation.FindPerson(risk.OwnerPersonId)?.Name.For(text.Culture) ?? risk.OwnerPersonId;
        return new AdaptiveCard(
        [
            new Container([new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true }]) { Style = RiskText.Style(level), Bleed = true },
            new TextBlock(risk.Description) { Wrap = true },
            new FactSet(
            [
                new(text["Risks.Field.Category"], text[$"Risks.Category.{risk.Category}"]),
                new(text["Risks.Field.Assessment"], text.Format("Risks.Assessment", risk.Likelihood, risk.Impact, risk.Score, RiskText.Level(level, text))),
                new(text["Risks.Field.Strategy"], text[$"Risks.Strategy.{risk.Strategy}"]),
                new(text["Risks.Field.Owner"], owner),
            ]),
        ])
        { FallbackText = title };
    }
}
