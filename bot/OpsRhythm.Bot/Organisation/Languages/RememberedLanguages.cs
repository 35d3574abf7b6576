namespace OpsRhythm.Bot.Organisation.Languages;

/// <summary>
/// The language each person last typed in (person id → zh-CN or en-US), stored beside the organisation
/// profile (id "languages", pk "org"): one point read gives everyone's, so a job writing to many people
/// and every turn cost one cached read, and it survives restarts and is shared by every instance.
/// A separate document from the profile, so typing does not contend with an administrator's edits.
/// </summary>
internal sealed record RememberedLanguages
{
    public static RememberedLanguages Empty { get; } = new();

    public IReadOnlyDictionary<string, string> ByPerson { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public RememberedLanguages With(string personId, string language) =>
        new() { ByPerson = new Dictionary<string, string>(ByPerson, StringComparer.Ordinal) { [personId] = language } };
}
