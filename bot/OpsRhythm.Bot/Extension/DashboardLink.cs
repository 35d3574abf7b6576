using Microsoft.AspNetCore.WebUtilities;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// A link to the operations dashboard (<c>https://{bot domain}/dashboard/…</c>, with the page's own
/// <c>department</c> and <c>period</c> filters) as the data of its card: Teams only sends links of the domains
/// the manifest's <c>messageHandlers</c> list, and a link whose path is not the dashboard's is not unfurled.
/// </summary>
internal static class DashboardLink
{
    public const string Path = "/dashboard";

    /// <summary>The longest link kept in a card's data (longer ones are not the dashboard's).</summary>
    public const int MaxLength = 2000;

    public const string UrlField = "url";

    public static Dictionary<string, string>? Parse(string? url)
    {
        if (url is not { Length: > 0 and <= MaxLength } || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || !(uri.AbsolutePath.Equals(Path, StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.StartsWith(Path + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(uri.Query);
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharedItemFields.Kind] = SharedItemKinds.Dashboard,
            [UrlField] = uri.GetLeftPart(UriPartial.Path) + uri.Query,
        };
        if (query.TryGetValue("department", out var department) && department.ToString() is { Length: > 0 and <= 100 } d)
        {
            data[SharedItemFields.Department] = d;
        }

        if (query.TryGetValue("period", out var period) && PlanPeriod.TryParse(period.ToString(), out var month) && month.Kind == PlanKind.Monthly)
        {
            data[SharedItemFields.Period] = month.ToString();
        }

        return data;
    }
}
