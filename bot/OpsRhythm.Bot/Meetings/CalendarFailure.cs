using Microsoft.Kiota.Abstractions;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// A Graph calendar call that failed after the client's own retries (429 and 503 honour Retry-After),
/// said in plain words for the card: throttled, not allowed, gone, or unavailable. Nothing was changed.
/// </summary>
internal static class CalendarFailure
{
    /// <summary>Also the client's "too many retries", an AggregateException of each attempt's failure.</summary>
    public static bool IsCalendarFailure(Exception failure) =>
        failure is ApiException or HttpRequestException or TaskCanceledException
        || (failure is AggregateException { InnerExceptions.Count: > 0 } all && all.InnerExceptions.All(IsCalendarFailure));

    public static string Describe(Exception failure, Localizer text)
    {
        var last = failure is AggregateException all ? all.InnerExceptions[^1] : failure;
        var status = (last as ApiException)?.ResponseStatusCode ?? 0;
        return status switch
        {
            429 => text["Meetings.Graph.Throttled"],
            401 or 403 => text["Meetings.Graph.Forbidden"],
            404 => text["Meetings.Graph.NotFound"],
            >= 500 or 0 => text["Meetings.Graph.Unavailable"],
            _ => text.Format("Meetings.Graph.Failed", status),
        };
    }
}
