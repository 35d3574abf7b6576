using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Extension;

/// <summary>
/// A plan, task, risk, indicator, action item or dashboard shared into a chat by the message extension. Its
/// Universal Actions refresh (no user list: Teams redraws it for every viewer in chats of up to 60 people)
/// and its refresh button draw it again with the current state, as the viewer may see it.
/// </summary>
public static class SharedItemCard
{
    public static AdaptiveCard Build(SharedItemView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var kind = text[$"Extension.Kind.{view.Kind}"];
        var refresh = ActionData.Execute(text["Extension.Card.Refresh"], SharedItemVerbs.View, extra: view.Ref);
        var body = new List<CardElement> { CardParts.Subtle(kind) };
        if (view.Restricted is { } reason)
        {
            body.Add(new TextBlock(reason) { Weight = TextWeight.Bolder });
        }
        else
        {
            body.Add(CardParts.Title(view.Title));
            if (view.Text is { Length: > 0 } longer)
            {
                body.Add(new TextBlock(longer));
            }

            if (view.Facts.Count > 0)
            {
                body.Add(new FactSet(view.Facts));
            }
        }

        body.Add(new TextBlock(text["Extension.Card.AsYouSeeIt"]) { IsSubtle = true, Size = TextSize.Small });
        var actions = new List<CardAction> { refresh };
        if (view.Restricted is null && view.OpenUrl is { } url)
        {
            actions.Add(new OpenUrlAction(url) { Title = text["Extension.Card.Open"] });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            Refresh = new CardRefresh(refresh, null),
            FallbackText = view.Restricted is null ? $"{kind}: {view.Title}" : kind,
        };
    }
}
