using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Welcome;

/// <summary>Sent when the app is installed: what the bot does for the reader's roles, and how to start.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(WelcomeView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            new TextBlock(text["Welcome.Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder },
        };

        if (view.IsShared)
        {
            body.Add(new TextBlock(text["Welcome.SharedGreeting"]));
        }
        else if (view.Person is { } person)
        {
            body.Add(new TextBlock(text.Format("Welcome.Greeting", person.Name.For(text.Culture))));
            body.AddRange(Enum.GetValues<Role>()
                .Where(r => r != Role.None && person.Has(r))
                .Select(r => new TextBlock("• " + text[$"Welcome.Role.{r}"]) { Spacing = Spacing.Small }));
        }
        else
        {
            body.Add(new TextBlock(view.NotInOrganisation ?? text["Common.Error.UnknownPerson"]) { Color = TextColor.Warning, Wrap = true });
        }

        if (view.Commands.Count > 0)
        {
            body.Add(new TextBlock(text["Welcome.TryCommands"]) { Weight = TextWeight.Bolder, Separator = true });
            body.Add(CommandHelpList.Build(view.Commands, text));
        }

        body.Add(new TextBlock(text["Welcome.HelpFooter"]) { IsSubtle = true, Size = TextSize.Small });
        if (view.IsLocalRun)
        {
            body.Add(new TextBlock(text["Welcome.LocalRunHint"]) { Color = TextColor.Accent, Size = TextSize.Small });
        }

        return new AdaptiveCard(body) { FallbackText = text["Welcome.Title"], Lang = text.Culture.TwoLetterISOLanguageName };
    }
}
