namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>Limits of what the panel's API accepts, checked on the server whatever the page allows.</summary>
internal static class PanelLimits
{
    /// <summary>A Teams meeting or chat id is well under this; anything longer is not one.</summary>
    public const int MaxIdLength = 512;

    /// <summary>The header carrying the antiforgery request token of a locally signed-in page.</summary>
    public const string AntiforgeryHeader = "X-OpsRhythm-Antiforgery";
}
