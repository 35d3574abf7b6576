using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The reader's language: the Teams client's locale the tab passes (?locale=), else the browser's Accept-Language; Chinese by default.</summary>
internal static class DashboardLocale
{
    public static Localizer For(HttpRequest request)
    {
        if (request.Query["locale"].ToString() is { Length: > 0 } locale)
        {
            return Localizer.For(locale);
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(l => l is not null && (l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase)));
        return Localizer.For(preferred);
    }
}
