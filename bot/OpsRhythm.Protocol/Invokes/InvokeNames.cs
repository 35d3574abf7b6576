namespace OpsRhythm.Protocol.Invokes;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
