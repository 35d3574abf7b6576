using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// A process under periodic review: its owner, interval and the principles as last assessed.
/// As the reminder (and whenever the reader may review it) it asks for the principles again and completes
/// the review, which sets the next one.
/// </summary>
public static class ProcessReviewCard
{
    public static AdaptiveCard Build(
        ProcessReview review, string partition, OrganisationProfile organisation, Localizer text, bool canReview = true,
        IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("Improvement.Review.Title", review.ProcessName);
        var facts = new List<Fact>
        {
            new(text["Improvement.Project.Owner"], organisation.FindPerson(review.OwnerPersonId)?.Name.For(text.Culture) ?? review.OwnerPersonId),
            new(text["Improvement.Process.Interval"], text.Format("Improvement.Process.Months", review.IntervalMonths)),
            new(text["Improvement.Process.NextReview"], DisplayTime.Date(review.NextReview, text)),
        };
        if (review.LastReviewedOn is { } last)
        {
            facts.Add(new(text["Improvement.Process.LastReviewed"], DisplayTime.Date(last, text)));
        }

        facts.AddRange(PrincipleInputs.Facts(review.Principles, text));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(text.Format("Improvement.Review.Due", DisplayTime.Date(review.NextReview, text))),
            new FactSet(facts),
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention });
        }

        if (!canReview)
        {
            return new AdaptiveCard(body) { FallbackText = title };
        }

        body.Add(new TextBlock(text["Improvement.Review.Checklist"]) { Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(PrincipleInputs.For(review.Principles, typed, rejection, text));
        body.AddRange(FieldInput.With(new InputText
        {
            Id = ProcessFields.ReviewNote, Label = text["Improvement.Review.Note"], IsMultiline = true, MaxLength = ImprovementLimits.ReviewNote,
            Value = typed is not null && typed.TryGetValue(ProcessFields.ReviewNote, out var note) ? note : null,
        }, rejection, text));
        return new AdaptiveCard(body)
        {
            // The reminder is drawn before its mark is stored, so the button names the due date it reviews, not a version.
            Actions = [ActionData.Execute(text["Improvement.Review.Complete"], ImprovementVerbs.CompleteReview, review.Id, extra: new Dictionary<string, string>
            {
                [ProcessFields.Partition] = partition,
                [ProcessFields.ForDue] = review.NextReview.DayNumber.ToString(CultureInfo.InvariantCulture),
            })],
            FallbackText = title,
        };
    }
}
