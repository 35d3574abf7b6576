using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;

namespace OpsRhythm.Cards.Improvement;

/// <summary>The periodic process review reminder, with the principles as the checklist.</summary>
public static class ProcessReviewCard
{
    public static AdaptiveCard Build(ProcessReview review, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("Improvement.Review.Title", review.ProcessName);
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(text.Format("Improvement.Review.Due", DisplayTime.Date(review.NextReview, text))),
            new TextBlock(text["Improvement.Review.Checklist"]) { Weight = TextWeight.Bolder },
            new TextBlock(text["Improvement.Review.Principles"]),
        ])
        { FallbackText = title };
    }
}
