namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>The stand-in form's input ids, shared by the card that posts them and the handler that reads them.</summary>
public static class StandInFields
{
    /// <summary>Whom the stand-in acts for: <see cref="StandIn.Key"/> ("dept:sales", "approver:chen-jing").</summary>
    public const string For = "standin.for";

    public const string Deputy = "standin.deputy";

    public const string From = "standin.from";

    public const string Until = "standin.until";
}
