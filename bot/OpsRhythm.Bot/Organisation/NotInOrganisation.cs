using OpsRhythm.Cards.Localization;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// What someone outside the organisation is told: plainly that they are not in it yet, and the
/// name and ids the administrator needs to find them in the import or add them.
/// </summary>
internal static class NotInOrganisation
{
    public static string Describe(Activity activity, Localizer text)
    {
        var unknown = text["Organisation.Unknown"];
        return text.Format(
            "Organisation.NotInOrganisation",
            activity.From?.Name is { Length: > 0 } name ? name : unknown,
            activity.From?.AadObjectId is { Length: > 0 } aad ? aad : unknown,
            activity.From?.Id is { Length: > 0 } id ? id : unknown);
    }
}
