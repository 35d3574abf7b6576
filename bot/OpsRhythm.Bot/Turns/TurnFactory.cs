using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>Builds a <see cref="Turn"/>: the organisation, the actor and the reader's language.</summary>
public sealed class TurnFactory(IOrganisationDirectory organisation, IActorResolver actors, ClientLocales locales, AdministratorEnrolment enrolment)
{
    public async Task<Turn> CreateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var profile = await organisation.GetAsync(cancellationToken);
        var identity = actors.Resolve(activity, profile);
        if (identity is { Actor: null, ActingAsFrom: null } && activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)
        {
            // A configured administrator's first contact with an organisation that does not know them yet.
            profile = await enrolment.EnrolIfAdministratorAsync(activity, profile, cancellationToken);
            identity = actors.Resolve(activity, profile);
        }

        // The language is the real user's: someone acting as a colleague keeps reading their own language.
        var reader = identity.ActingAsFrom ?? identity.Actor;
        return new Turn
        {
            Activity = activity,
            Organisation = profile,
            Actor = identity.Actor,
            ActingAsFrom = identity.ActingAsFrom,
            Text = Localizer.For(reader?.Locale ?? ClientLocale(activity)),
        };
    }

    private string? ClientLocale(Activity activity)
    {
        if (activity.From?.Id is not { } userId)
        {
            return activity.EffectiveLocale;
        }

        if (activity.Type == ActivityTypes.Message && (TypedLanguage(activity.Text) ?? activity.EffectiveLocale) is { } typed)
        {
            locales.Remember(userId, typed);
            return typed;
        }

        return activity.Type == ActivityTypes.Invoke ? locales.LastOf(userId) ?? activity.EffectiveLocale : activity.EffectiveLocale;
    }

    // Someone who types Chinese reads Chinese, whatever the client claims: the Agents Playground labels
    // every activity en-US, and a Chinese speaker on an English Teams client still types 帮助.
    private static string? TypedLanguage(string? text) =>
        text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? Localizer.Chinese.Name : null;
}
