using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Welcome;

/// <summary>The answer to "help" / "帮助": the reader's roles and the commands open to them.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(HelpView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            new TextBlock(text["Welcome.HelpTitle"]) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            view.Roles is { } roles
                ? new TextBlock(text.Format("Welcome.YourRoles", RejectionText.RoleNames(roles, text))) { IsSubtle = true }
                : new TextBlock(text["Common.Error.UnknownPerson"]) { Color = TextColor.Warning },
        };
        if (view.Commands.Count > 0)
        {
            body.Add(CommandHelpList.Build(view.Commands, text));
        }

        body.Add(new TextBlock(text["Welcome.HelpFooter"]) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        return new AdaptiveCard(body) { FallbackText = text["Welcome.HelpTitle"], Lang = text.Culture.TwoLetterISOLanguageName };
    }
}
