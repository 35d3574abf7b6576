using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the resources feature sends: the month's card (empty, entered, over, with errors) and the over-plan post.</summary>
public sealed class ResourcesCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 2, 0, 0, TimeSpan.Zero);

    internal static ResourceMonth Over { get; } = new("sales", 2027, 3)
    {
        Budget = 123_456.5m,
        Headcount = 14,
        Note = "新增两名季节性销售支援春季促销",
        Plan = new ResourcePlan(100_000m, 12, "monthly-2027-03"),
        EnteredBy = "li-qiang",
        EnteredAt = Now,
        Entries = 2,
    };

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var longest = Over with { Note = new string('超', ResourceLimits.Note), Budget = ResourceLimits.Budget, Headcount = ResourceLimits.Headcount };
        yield return new("resources/month-empty", ResourceCard.Build(org, "sales", 2027, 3, ResourcePlan.None, null, null, text));
        yield return new("resources/month-over", ResourceCard.Build(org, "sales", 2027, 3, Over.Plan, Over, "etag-1", text, text.Format("Resources.Saved", "2027-03")));
        yield return new("resources/month-errors", ResourceCard.Build(org, "sales", 2027, 3, Over.Plan, null, null, text, null,
            Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [ResourceFields.Budget] = new("Resources.Validation.Budget", ResourceLimits.Budget),
                [ResourceFields.Headcount] = new("Resources.Validation.Headcount", ResourceLimits.Headcount),
                [ResourceFields.Note] = new(TextLimit.TooLongKey, ResourceLimits.Note),
            }),
            new Dictionary<string, string> { [ResourceFields.Budget] = "-5", [ResourceFields.Headcount] = "3.5" }));
        yield return new("resources/month-longest", ResourceCard.Build(org, "sales", 2027, 3, Over.Plan, longest, "etag-2", text));
        yield return new("resources/over", ResourceOverCard.Build(Over, org, text));
        yield return new("resources/over-longest", ResourceOverCard.Build(longest, org, text));
    }
}
