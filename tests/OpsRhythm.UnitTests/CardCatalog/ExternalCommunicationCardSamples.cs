using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card of external communication: the form, a follow-up (open, reminded, done, longest), the department's list.</summary>
public sealed class ExternalCommunicationCardSamples : ICardSamples
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    internal static ExternalFollowUp Sample { get; } = new("ext-1", "sales", CounterpartKind.Distributor, "华东区经销商 王总", "确认明年返利政策和首批订货量", "sun-hao", Today.AddDays(2))
    {
        RecordedBy = "li-qiang",
        RecordedAt = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero),
    };

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var all = org.Departments.Select(d => d.Id).ToHashSet();
        yield return new("external/form", ExternalFollowUpFormCard.Build(org, all, text, "2026-12-07"));
        yield return new("external/form-errors", ExternalFollowUpFormCard.Build(org, new HashSet<string> { "sales" }, text, "2026-12-07",
            new Dictionary<string, string> { [ExternalCommunicationFields.Counterpart] = new('客', ExternalCommunicationLimits.Counterpart), [ExternalCommunicationFields.Note] = new('事', ExternalCommunicationLimits.Note) },
            Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [ExternalCommunicationFields.Owner] = new("ExternalCommunication.Validation.Required"),
                [ExternalCommunicationFields.Date] = new("ExternalCommunication.Validation.DateFromToday"),
            })));
        yield return new("external/follow-up", ExternalFollowUpCard.Build(Sample, "e1", org, text, notice: text["ExternalCommunication.Recorded"]));
        yield return new("external/follow-up-reminder", ExternalFollowUpCard.Build(Sample, "reminder", org, text, heading: text.Format("ExternalCommunication.Reminder.Due", Sample.Date)));
        yield return new("external/follow-up-errors", ExternalFollowUpCard.Build(Sample, "e1", org, text, rejection: Rejection.Invalid(new Dictionary<string, FieldError> { [ExternalCommunicationFields.Outcome] = new("ExternalCommunication.Validation.Required") })));
        yield return new("external/follow-up-done", ExternalFollowUpCard.Build(Sample with { State = ExternalFollowUpState.Done, Outcome = "返利政策已确认", DoneBy = "sun-hao" }, "e2", org, text, notice: text["ExternalCommunication.Done.Notice"]));
        // Every free-text field at the longest its form allows (the server refuses longer): still under the size limit.
        var longest = Sample with
        {
            Counterpart = new string('客', ExternalCommunicationLimits.Counterpart),
            Note = new string('事', ExternalCommunicationLimits.Note),
        };
        yield return new("external/follow-up-longest", ExternalFollowUpCard.Build(longest, "e1", org, text, heading: text.Format("ExternalCommunication.Reminder.Before", Sample.Date)));
        yield return new("external/follow-up-longest-done", ExternalFollowUpCard.Build(longest with { State = ExternalFollowUpState.Done, Outcome = new string('果', ExternalCommunicationLimits.Outcome) }, "e2", org, text));
        yield return new("external/list", ExternalFollowUpListCard.Build("sales", [Sample, Sample with { Id = "ext-2", Kind = CounterpartKind.Customer, Counterpart = "上海某百货", Date = Today.AddDays(-1) }], Today, org, text));
        yield return new("external/list-empty", ExternalFollowUpListCard.Build("hr", [], Today, org, text));
        yield return new("external/list-many", ExternalFollowUpListCard.Build("sales", [.. Enumerable.Range(0, 60).Select(i => longest with { Id = $"ext-{i}", Date = Today.AddDays(i - 5) })], Today, org, text));
    }
}
