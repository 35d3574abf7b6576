using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// The company scorecard: departments ranked by score as bars and a table; departments without data
/// are listed as missing. The ops office may publish the ranking to the announcement channel.
/// </summary>
public static class CompanyScorecardCard
{
    public static AdaptiveCard Build(CompanyRanking ranking, OrganisationProfile organisation, Localizer text, bool canPublish, bool forAnnouncement = false)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format(forAnnouncement ? "Indicators.Ranking.AnnouncementTitle" : "Indicators.Ranking.Title", ranking.Month);
        var body = new List<CardElement> { CardParts.Title(title) };
        var ranked = ranking.Entries.Where(e => e.Score is not null).ToList();
        if (ranked.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Indicators.Ranking.Empty"]));
        }
        else
        {
            if (forAnnouncement)
            {
                body.Add(new TextBlock(text.Format("Indicators.Ranking.Congratulations", string.Join(text.IsEnglish ? ", " : "、",
                    ranked.Where(e => e.Rank == 1).Select(e => CardParts.DepartmentName(organisation, e.DepartmentId, text))))));
            }

            body.Add(new VerticalBarChart([.. ranked.Select(e => new ChartPoint(CardParts.DepartmentName(organisation, e.DepartmentId, text), e.Score!.Value))])
            {
                Title = text["Indicators.Ranking.Chart"],
                YAxisTitle = "%",
                ShowBarValues = true,
                Fallback = CardParts.Subtle(string.Join(text.IsEnglish ? "; " : "；", ranked.Select(e =>
                    $"{e.Rank}. {CardParts.DepartmentName(organisation, e.DepartmentId, text)} {CardParts.Number(e.Score, text)}"))),
            });
        }

        if (ranking.Entries.Count > 0)
        {
            body.Add(CardParts.Table(
                [1, 3, 2, 2],
                [text["Indicators.Ranking.Rank"], text["Indicators.Column.Department"], text["Indicators.Scorecard.Score"], text["Indicators.Ranking.TargetsMet"]],
                ranking.Entries.Select(e => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(e.Rank?.ToString(text.Culture) ?? "—"),
                    CardParts.Cell(CardParts.DepartmentName(organisation, e.DepartmentId, text)),
                    CardParts.Cell(e.Score is null ? text["Indicators.Missing"] : CardParts.Number(e.Score, text), e.Score is null ? TextColor.Warning : null),
                    CardParts.Cell($"{e.TargetsMet}/{e.Indicators}"),
                ])));
        }

        People(body, ranking, organisation, text, forAnnouncement);
        var actions = new List<CardAction>();
        if (canPublish && !forAnnouncement && ranked.Count > 0)
        {
            actions.Add(ActionData.Execute(text["Indicators.Ranking.Publish"], IndicatorVerbs.PublishRanking, ranking.Month.ToString()));
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, FallbackText = title };
    }

    /// <summary>The people recognised beside the departments: reward points and improvement actions closed on time in the month.</summary>
    private static void People(List<CardElement> body, CompanyRanking ranking, OrganisationProfile organisation, Localizer text, bool forAnnouncement)
    {
        if (ranking.People.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(text["Indicators.Ranking.People"]) { Weight = TextWeight.Bolder });
        if (forAnnouncement)
        {
            body.Add(new TextBlock(text.Format("Indicators.Ranking.PeopleCongratulations", string.Join(text.IsEnglish ? ", " : "、",
                ranking.People.Where(p => p.Rank == 1).Select(p => CardParts.PersonName(organisation, p.PersonId, text))))));
        }

        body.Add(CardParts.Subtle(text["Indicators.Ranking.PeopleHint"]));
        body.Add(CardParts.Table(
            [1, 3, 2, 2],
            [text["Indicators.Ranking.Rank"], text["Indicators.Ranking.Person"], text["Indicators.Ranking.Points"], text["Indicators.Ranking.ActionsOnTime"]],
            ranking.People.Select(p => (IReadOnlyList<CardElement>)
            [
                CardParts.Cell(p.Rank.ToString(text.Culture)),
                CardParts.Cell(CardParts.PersonName(organisation, p.PersonId, text)),
                CardParts.Cell(CardParts.Number(p.Points, text)),
                CardParts.Cell(CardParts.Number(p.ActionsClosedOnTime, text)),
            ])));
    }
}
