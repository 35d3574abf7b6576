using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// A section as typed on the card, applied to the plan's content. <see cref="RowOf"/> maps a row's
/// position in the new content back to the card row it came from, so validation errors (by position)
/// land under the input the person typed into.
/// </summary>
internal sealed record ParsedSection(PlanContent Content, IReadOnlyDictionary<string, FieldError> Errors, IReadOnlyDictionary<int, int> RowOf)
{
    public IReadOnlyDictionary<string, FieldError> OnCardRows(IReadOnlyDictionary<string, FieldError> errors)
    {
        var mapped = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        foreach (var (key, error) in errors)
        {
            var parts = key.Split('.');
            mapped[parts.Length == 3 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var index) && RowOf.TryGetValue(index, out var row)
                ? $"{parts[0]}.{row.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{parts[2]}"
                : key] = error;
        }

        return mapped;
    }
}
