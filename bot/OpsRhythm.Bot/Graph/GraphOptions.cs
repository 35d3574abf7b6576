using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Microsoft Graph (section "Graph"). The identity is the bot's own (MicrosoftAppId with its secret,
/// certificate or managed identity); Graph is used only when <see cref="Organizer"/> is set and the
/// bot has an app id. Otherwise meetings are recorded locally and no Teams meeting is created.
/// </summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Changed for national clouds (e.g. operated by 21Vianet) and for tests.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The mailbox (UPN or object id) that organises the meetings, e.g. the ops office's shared mailbox.</summary>
    public string? Organizer { get; set; }

    /// <summary>Send Teams activity-feed notifications besides chat messages (needs TeamsActivity.Send and the app installed).</summary>
    public bool ActivityFeed { get; set; }

    /// <summary>
    /// The app's id in the organisation's app catalog (Teams admin centre, or GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}').
    /// With it the bot installs itself for people it must reach and has no chat with (TeamsAppInstallation.ReadWriteSelfForUser.All).
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>The Teams web client that activity-feed items deep link into (national clouds have their own).</summary>
    [Required]
    public Uri TeamsWebUrl { get; set; } = new("https://teams.microsoft.com");

    /// <summary>Minutes per free/busy cell asked of getSchedule.</summary>
    [Range(5, 60)]
    public int AvailabilityViewIntervalMinutes { get; set; } = 30;
}
