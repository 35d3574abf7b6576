using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>A department's open risks, highest score first, with the heat map and register buttons.</summary>
public static class RiskRegisterCard
{
    private static readonly string[] HeaderKeys = ["Risks.Field.Description", "Risks.Field.Category", "Risks.Field.Score", "Risks.Field.Strategy", "Risks.Field.Owner"];

    public const int MaxRows = 40;

    public static AdaptiveCard Build(string departmentId, IReadOnlyList<Risk> risks, RiskLevelBands bands, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;
        var open = risks.Where(r => r.Status == RiskStatus.Open).OrderByDescending(r => r.Score).ToList();
        var body = new List<CardElement> { new TextBlock(text.Format("Risks.Register.Title", department, open.Count)) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (open.Count == 0)
        {
            body.Add(new TextBlock(text["Risks.Register.Empty"]) { IsSubtle = true });
        }
        else
        {
            body.Add(new Table(
                [new(4), new(2), new(1), new(2), new(2)],
                [
                    new TableRow([.. HeaderKeys
                        .Select(k => new TableCell([new TextBlock(text[k]) { Weight = TextWeight.Bolder }]))]) { Style = ContainerStyle.Emphasis },
                    .. open.Take(MaxRows).Select(r => new TableRow(
                    [
                        new TableCell([new TextBlock(r.Description) { MaxLines = 2 }]),
                        new TableCell([new TextBlock(text[$"Risks.Category.{r.Category}"])]),
                        new TableCell([new TextBlock($"{r.Score} {RiskText.Level(r.LevelIn(bands), text)}") { Color = RiskText.Color(r.LevelIn(bands)) }]),
                        new TableCell([new TextBlock(text[$"Risks.Strategy.{r.Strategy}"])]),
                        new TableCell([new TextBlock(organisation.FindPerson(r.OwnerPersonId)?.Name.For(text.Culture) ?? r.OwnerPersonId)]),
                    ])),
                ])
            { ShowGridLines = true });
            if (open.Count > MaxRows)
            {
                body.Add(new TextBlock(text.Format("Risks.Register.More", open.Count - MaxRows)) { IsSubtle = true });
            }
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Risks.HeatMap.Button"], RiskVerbs.HeatMap, departmentId),
                ActionData.Execute(text["Risks.Form.Title"], RiskVerbs.Show),
            ],
            FallbackText = text.Format("Risks.Register.Title", department, open.Count),
        };
    }
}
