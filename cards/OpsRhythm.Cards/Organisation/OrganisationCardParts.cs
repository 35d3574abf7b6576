using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Organisation;

/// <summary>Pieces shared by the organisation card and its forms.</summary>
internal static class OrganisationCardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static IEnumerable<CardElement> Notice(string? notice)
    {
        if (notice is not null)
        {
            yield return new TextBlock(notice) { Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }
    }

    /// <summary>"Back" to the organisation card without sending (or validating) the form's inputs.</summary>
    public static ExecuteAction Back(string version, Localizer text) =>
        Actions.ActionData.Execute(text["Organisation.Back"], OrganisationVerbs.Show, OrganisationVerbs.EntityId, version) with { AssociatedInputs = "none" };

    public static string OrNone(string? value, Localizer text) => string.IsNullOrEmpty(value) ? text["Organisation.None"] : value;
}
