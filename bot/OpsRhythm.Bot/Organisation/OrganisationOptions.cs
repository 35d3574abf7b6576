namespace OpsRhythm.Bot.Organisation;

/// <summary>Section "Organisation".</summary>
internal sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    /// <summary>
    /// The JSON file the organisation is created from when the store has none; relative paths are
    /// resolved against the content root. Unset: the sample company in local runs (or with
    /// <see cref="SampleData"/>), otherwise an empty organisation that the administrators set up.
    /// </summary>
    public string? SeedFile { get; set; }

    /// <summary>
    /// Start an empty store with the sample company. Default: on in local runs (no MicrosoftAppId),
    /// off in production, where the company is imported from Teams by the administrators.
    /// </summary>
    public bool? SampleData { get; set; }

    /// <summary>
    /// The people who may set the organisation up: Entra object ids or user principal names. Each is
    /// added to the organisation as an administrator the first time they talk to the bot. Required in
    /// production when the organisation starts empty.
    /// </summary>
    public IList<string> Administrators { get; } = [];

    /// <summary>The company's name in an organisation that starts empty (the administrator can rename it later in the seed or profile).</summary>
    public string? CompanyName { get; set; }
}
