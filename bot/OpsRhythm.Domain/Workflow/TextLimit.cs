namespace OpsRhythm.Domain.Workflow;

/// <summary>
/// The server-side check of a free-text field's length. The card states the same limit as its input's
/// maxLength (both read one constant), but a card is only a suggestion to the client: a crafted request
/// can send anything, so the length is checked again here and refused next to the field.
/// </summary>
public static class TextLimit
{
    /// <summary>The text key of the refusal ("At most {0} characters"), in the Common area.</summary>
    public const string TooLongKey = "Common.Error.TooLong";

    /// <summary>Adds a "too long" error for <paramref name="field"/> when <paramref name="value"/> is longer than <paramref name="maxLength"/>.</summary>
    public static void Check(IDictionary<string, FieldError> errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is not null && value.Length > maxLength && !errors.ContainsKey(field))
        {
            errors[field] = new FieldError(TooLongKey, maxLength);
        }
    }
}
