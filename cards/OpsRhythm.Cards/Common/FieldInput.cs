using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Common;

/// <summary>
/// An input followed by its server-side error, if any. Adaptive Cards only shows errorMessage for
/// client-side checks, so errors found on the server are drawn as red text right under the field.
/// </summary>
public static class FieldInput
{
    public static IEnumerable<CardElement> With(InputElement input, Rejection? rejection, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        yield return input;
        if (input.Id is { } id && rejection?.FieldErrors.TryGetValue(id, out var error) == true)
        {
            yield return new TextBlock(text.Format(error.TextKey, error.Arguments))
            {
                Id = id + ".error",
                Color = TextColor.Attention,
                Size = TextSize.Small,
                Spacing = Spacing.None,
            };
        }
    }
}
