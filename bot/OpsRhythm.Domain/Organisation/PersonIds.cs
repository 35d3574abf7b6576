using System.Text;

namespace OpsRhythm.Domain.Organisation;

/// <summary>
/// Ids for people who come from Teams (the roster, an administrator's first message): readable,
/// from the mail name ("wang.min@…" → "wang-min"), unique in the organisation, and valid for the
/// administrator's forms (lowercase letters, digits and hyphens, at most 40).
/// </summary>
public static class PersonIds
{
    public static string New(OrganisationProfile organisation, string? userPrincipalName, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var stem = Slug(userPrincipalName?.Split('@')[0]);
        if (stem.Length == 0)
        {
            var hex = Slug(aadObjectId).Replace("-", string.Empty, StringComparison.Ordinal);
            stem = "person-" + hex[^Math.Min(8, hex.Length)..];
        }

        stem = stem.Length > 36 ? stem[..36].TrimEnd('-') : stem;
        var id = stem;
        for (var n = 2; organisation.FindPerson(id) is not null; n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
