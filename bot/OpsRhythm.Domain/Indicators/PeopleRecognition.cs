using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Who the month's ranking recognises beside the departments: people of the organisation who earned reward
/// points or closed improvement actions on time in the month, in the organisation's calendar; most points first, then
/// most actions closed on time; equal results share a rank. Nobody is listed for a month with nothing earned.
/// </summary>
public static class PeopleRecognition
{
    /// <summary>How many people the ranking names, so the card stays short.</summary>
    public const int Shown = 10;

    public static IReadOnlyList<PersonRecognition> Of(IEnumerable<PersonAward> awards, IEnumerable<ImprovementAction> actions, Period month, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(organisation);
        var zone = OrganisationZones.Of(organisation);
        bool InMonth(DateTimeOffset at) => Period.Containing(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime), month.Frequency) == month;

        var points = awards.Where(a => a.Points > 0 && InMonth(a.At)).GroupBy(a => a.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Points), StringComparer.Ordinal);
        var onTime = actions
            .Where(a => a.State == ImprovementActionState.Closed && a.ClosedAt is { } closed && InMonth(closed)
                && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closed, zone).DateTime) <= a.Deadline)
            .GroupBy(a => a.OwnerPersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ordered = points.Keys.Union(onTime.Keys, StringComparer.Ordinal)
            .Where(id => organisation.FindPerson(id) is not null)
            .Select(id => (Id: id, Points: points.GetValueOrDefault(id), OnTime: onTime.GetValueOrDefault(id)))
            .OrderByDescending(p => p.Points).ThenByDescending(p => p.OnTime).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<PersonRecognition>();
        for (var i = 0; i < ordered.Count && i < Shown; i++)
        {
            var p = ordered[i];
            var rank = i > 0 && (ordered[i - 1].Points, ordered[i - 1].OnTime) == (p.Points, p.OnTime) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new PersonRecognition(p.Id, rank, p.Points, p.OnTime));
        }

        return ranked;
    }
}
