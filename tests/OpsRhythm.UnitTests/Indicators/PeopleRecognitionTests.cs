using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class PeopleRecognitionTests
{
    private static readonly Period November = Period.Month(2026, 11);

    // 2026-11-30 23:30 in Shanghai is still November there, though December has not begun in UTC either way.
    private static readonly DateTimeOffset LateNovember = new(2026, 11, 30, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Of_PointsAndActionsClosedOnTimeInTheMonth_MostPointsFirst()
    {
        var people = PeopleRecognition.Of(
            [new("sun-hao", 10, LateNovember), new("sun-hao", 20, LateNovember.AddDays(-10)), new("li-qiang", 5, LateNovember)],
            [Closed("li-qiang", new DateOnly(2026, 11, 30), LateNovember), Closed("zhao-li", new DateOnly(2026, 12, 31), LateNovember)],
            November,
            SampleOrganisation.Profile);

        Assert.Equal([("sun-hao", 1, 30, 0), ("li-qiang", 2, 5, 1), ("zhao-li", 3, 0, 1)], people.Select(p => (p.PersonId, p.Rank, p.Points, p.ActionsClosedOnTime)));
    }

    [Fact]
    public void Of_LateOrOtherMonthOrUnknownPerson_NotCounted()
    {
        var people = PeopleRecognition.Of(
            [new("sun-hao", 10, LateNovember.AddHours(1)), new("someone-gone", 50, LateNovember)],
            [Closed("li-qiang", new DateOnly(2026, 11, 20), LateNovember), Closed("zhao-li", new DateOnly(2026, 11, 30), LateNovember.AddHours(1))],
            November,
            SampleOrganisation.Profile);

        Assert.Empty(people);
    }

    [Fact]
    public void Of_EqualResults_ShareTheRank()
    {
        var people = PeopleRecognition.Of([new("sun-hao", 10, LateNovember), new("li-qiang", 10, LateNovember), new("zhao-li", 5, LateNovember)], [], November, SampleOrganisation.Profile);

        Assert.Equal([1, 1, 3], people.Select(p => p.Rank));
    }

    private static ImprovementAction Closed(string owner, DateOnly deadline, DateTimeOffset closedAt) =>
        new("2026-act-" + owner, "sales", "整改", owner, deadline) { State = ImprovementActionState.Closed, ClosedAt = closedAt, ClosedBy = owner };
}
