using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Actual values of one "{dept}:{year}" partition about to be written, with the values stored before them (this year and last).</summary>
internal sealed record EnteredValues(
    Person Actor, OrganisationProfile Organisation, string DepartmentId, int Year, IReadOnlyList<IndicatorCsvRow> Rows, IReadOnlyList<IndicatorValue> EarlierValues, DateTimeOffset Now);
