using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// One incoming activity and what the bot knows around it: who is acting (resolved from the
/// organisation), in which language to answer, and the replies the handler queues.
/// </summary>
internal sealed class Turn
{
    private readonly List<Activity> _replies = [];
    private readonly RecipientLanguages? _languages;

    public required Activity Activity { get; init; }

    public required Localizer Text { get; init; }

    public required OrganisationProfile Organisation { get; init; }

    /// <summary>
    /// The language of each person this turn writes to besides the reader (notices, approval requests):
    /// see <see cref="RecipientLanguages"/>. Without it, recorded locales and the organisation's default.
    /// </summary>
    public RecipientLanguages Languages
    {
        get => _languages ?? RecipientLanguages.Unremembered(Organisation);
        init => _languages = value;
    }

    /// <summary>The person acting; null when the Teams account is not in the organisation.</summary>
    public Person? Actor { get; init; }

    /// <summary>
    /// The organisation's day the turn happens on (its zone): which stand-ins are active. Null where a turn
    /// is built without the clock, and then nobody stands in for anyone.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Set in local runs when the user chose to act as another sample person (see docs/local-run.md).</summary>
    public Person? ActingAsFrom { get; init; }

    public string ConversationType => Activity.Conversation?.ConversationType ?? ConversationTypes.Personal;

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Queues a reply to this conversation; the router sends replies in order after the handler returns.</summary>
    public void Reply(Activity reply) => _replies.Add(reply.AsReplyTo(Activity));
}
