using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>
/// An early-warning alert (R-5.5): which indicator crossed which threshold, by how much, for which
/// risk, and what to do (the risk's planned actions). The owner acknowledges it.
/// </summary>
public static class RiskAlertCard
{
    public static AdaptiveCard Build(RiskAlert alert, string version, Risk risk, Indicator indicator, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var crossing = alert.Crossing;
        var critical = crossing.Level == WarningLevel.Critical;
        var title = text.Format(critical ? "Risks.Alert.CriticalTitle" : "Risks.Alert.WarningTitle", indicator.Name.For(text.Culture));
        // 低于/高于 follow the figure: a lower-is-worse indicator (sales) is crossed from above.
        var what = text.Format(
            crossing.Value < crossing.Threshold ? "Risks.Alert.WhatBelow" : "Risks.Alert.What",
            indicator.Name.For(text.Culture),
            Period.TryParse(alert.Period, out var period) ? PeriodNames.Of(period, text) : alert.Period,
            crossing.Value.ToString("#,0.##", text.Culture),
            indicator.Unit,
            text[$"Risks.Threshold.{crossing.Level}"],
            crossing.Threshold.ToString("#,0.##", text.Culture),
            crossing.Excess.ToString("#,0.##", text.Culture));
        var body = new List<CardElement>
        {
            new Container([new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder }]) { Style = critical ? ContainerStyle.Attention : ContainerStyle.Warning, Bleed = true },
            new TextBlock(what),
            new FactSet(
            [
                new(text["Risks.Field.Department"], organisation.FindDepartment(alert.DepartmentId)?.Name.For(text.Culture) ?? alert.DepartmentId),
                new(text["Risks.Alert.Risk"], risk.Description),
                new(text["Risks.Field.Owner"], organisation.FindPerson(risk.OwnerPersonId)?.Name.For(text.Culture) ?? risk.OwnerPersonId),
            ]),
            new TextBlock(text["Risks.Alert.WhatToDo"]) { Weight = TextWeight.Bolder },
        };
        body.AddRange(risk.Actions.Count > 0
            ? risk.Actions.Select(a => new TextBlock("• " + text.Format("Risks.ActionWithOwner", a.Text, organisation.FindPerson(a.OwnerPersonId)?.Name.For(text.Culture) ?? a.OwnerPersonId)) { Spacing = Spacing.None })
            : [new TextBlock(text[$"Risks.Alert.Do.{risk.Strategy}"]) { Spacing = Spacing.None }]);
        if (alert.AcknowledgedBy is { } by)
        {
            body.Add(new TextBlock(text.Format("Risks.Alert.Acknowledged", organisation.FindPerson(by)?.Name.For(text.Culture) ?? by, alert.AcknowledgedAt is { } acknowledged ? DisplayTime.Moment(acknowledged, organisation, text) : string.Empty))
            {
                Color = TextColor.Good,
            });
            return new AdaptiveCard(body) { FallbackText = what };
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Risks.Alert.Acknowledge"], RiskVerbs.AcknowledgeAlert, alert.Id, version, new Dictionary<string, string> { [RiskFields.AlertPartition] = IndicatorValue.PartitionFor(alert.DepartmentId, Period.Parse(alert.Period).Year) })],
            FallbackText = what,
        };
    }
}
