using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Risks;

/// <summary>Which department a chat argument names (id, Chinese or English name).</summary>
internal static class RiskScope
{
    public static Department? Department(OrganisationProfile organisation, string? arguments)
    {
        var word = arguments?.Trim();
        return string.IsNullOrEmpty(word) ? null : organisation.Departments.FirstOrDefault(d => d.IsNamed(word));
    }

    /// <summary>The argument when it names no department (so a typo is answered, never read as "all").</summary>
    public static string? Unknown(OrganisationProfile organisation, string? arguments)
    {
        var word = arguments?.Trim();
        return string.IsNullOrEmpty(word) || Department(organisation, word) is not null ? null : word;
    }
}
