namespace OpsRhythm.Domain.Organisation;

/// <summary>
/// A person of the organisation. <see cref="TeamsUserId"/> ("29:…" in Teams) is how the bot recognises
/// them in an activity; people without one can own tasks but cannot be messaged until they install the app.
/// </summary>
public sealed record Person(string Id, LocalizedText Name)
{
    public string? TeamsUserId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? DepartmentId { get; init; }
    public Role Roles { get; init; } = Role.Employee;

    /// <summary>
    /// zh-CN or en-US, as recorded in the organisation; the language the person last typed in wins over it,
    /// and null means the organisation's default language (RecipientLanguages in the bot decides).
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>IANA time zone for reminders at the person's local time; null means the organisation's.</summary>
    public string? TimeZone { get; init; }

    public bool Has(Role role) => (Roles & role) == role;
}
