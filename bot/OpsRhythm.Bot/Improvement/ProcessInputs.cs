using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Improvement;

namespace OpsRhythm.Bot.Improvement;

/// <summary>The process cards' inputs as typed values; what a value means for the process is the Domain's decision.</summary>
internal static class ProcessInputs
{
    /// <summary>The principles whose rating could be read; a missing one is the Domain's "required" beside its field.</summary>
    public static List<PrincipleAssessment> Principles(CardTurn card)
    {
        var principles = new List<PrincipleAssessment>();
        foreach (var principle in Enum.GetValues<DesignPrinciple>())
        {
            if (Enum.TryParse<PrincipleRating>(card.Value(ProcessFields.RatingOf(principle)), ignoreCase: false, out var rating) && Enum.IsDefined(rating)
                && !int.TryParse(card.Value(ProcessFields.RatingOf(principle)), CultureInfo.InvariantCulture, out _))
            {
                principles.Add(new PrincipleAssessment(principle, rating, card.Value(ProcessFields.NoteOf(principle))));
            }
        }

        return principles;
    }

    public static RecordProcess Record(CardTurn card) => new(
        card.Value(ProcessFields.Process),
        card.Value(ProcessFields.Owner),
        int.TryParse(card.Value(ProcessFields.IntervalMonths), NumberStyles.None, CultureInfo.InvariantCulture, out var months) ? months : null,
        Principles(card));

    /// <summary>The due date the card was drawn for (its day number); null when the button carries none.</summary>
    public static DateOnly? ForDue(CardTurn card) =>
        int.TryParse(card.Value(ProcessFields.ForDue), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(day)
            : null;
}
