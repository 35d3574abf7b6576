namespace OpsRhythm.Bot.Organisation;

/// <summary>Section "Organisation".</summary>
public sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    /// <summary>
    /// The JSON file the organisation is created from when the store has none; relative paths are
    /// resolved against the content root. Default: the sample organisation shipped with the bot.
    /// </summary>
    public string? SeedFile { get; set; }
}
