using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// The search command (a page of what the person may see, by name or department) and link unfurling (a pasted
/// dashboard link as the dashboard's card). Each result is the card that goes into the chat, refreshed for
/// whoever views it.
/// </summary>
internal sealed class ExtensionSearch(SharedItems items)
{
    /// <summary>Teams asks for 25 results a page; no more are returned whatever is asked.</summary>
    public const int MaxCount = 25;

    /// <summary>How deep paging goes (40 pages); a search that needs more should be narrowed.</summary>
    public const int MaxSkip = 1000;

    public async Task<ExtensionResponse> QueryAsync(ExtensionTurn turn, ExtensionQuery query, CancellationToken cancellationToken)
    {
        var skip = Math.Clamp(query.QueryOptions?.Skip ?? 0, 0, MaxSkip);
        var count = Math.Clamp(query.QueryOptions?.Count ?? MaxCount, 1, MaxCount);
        var found = await items.SearchAsync(turn.Query(query.Text(ExtensionCommands.SearchParameter)), skip, count, cancellationToken);
        return ExtensionResponse.Results([.. found.Select(v => SharedItemResults.Attachment(v, turn.Text))]);
    }

    public async Task<ExtensionResponse> UnfurlAsync(ExtensionTurn turn, ExtensionLinkQuery link, CancellationToken cancellationToken)
    {
        // A link of the bot's domain that is not the dashboard's is left as a link (no result).
        if (DashboardLink.Parse(link.Url) is not { } data || await items.ReadAsync(turn.Query(null), data, cancellationToken) is not { } view)
        {
            return ExtensionResponse.Results([]);
        }

        return SharedItemResults.One(view, turn.Text);
    }
}
