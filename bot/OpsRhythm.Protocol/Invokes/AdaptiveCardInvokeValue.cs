using System.Text.Json;

namespace OpsRhythm.Protocol.Invokes;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke: the Action.Execute that was clicked (or a refresh).</summary>
public sealed record AdaptiveCardInvokeValue(AdaptiveCardInvokeAction? Action, string? Trigger)
{
    public bool IsRefresh => Trigger == "automatic";
}

/// <summary>The clicked action; input values are merged into <see cref="Data"/> as strings.</summary>
public sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data);
