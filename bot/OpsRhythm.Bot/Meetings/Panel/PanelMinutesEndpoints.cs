using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The minutes the panel polls (GET, answered 304 while its ETag holds) and the operations office's writes
/// (POST decisions / actions). Every write: signed in (401/403), antiforgery for the local sign-in cookie,
/// the operations office only (403 naming it), a JSON body (else 400), If-Match with the minutes' version
/// (else 412 with the current minutes, so the page shows them and keeps what was typed), the typed command
/// (400 with field errors beside the fields), then the one creation path of the minutes,
/// <see cref="ActionItemRecorder"/>: the machine's decision, item and audit event written in one batch.
/// </summary>
internal static class PanelMinutesEndpoints
{
    private const int MaxIdempotencyKey = 100;

    public static RouteGroupBuilder MapPanelMinutes(this RouteGroupBuilder group)
    {
        group.MapGet("/api/minutes", MinutesAsync);
        group.MapPost("/api/decisions", DecisionAsync).DisableAntiforgery();
        group.MapPost("/api/actions", ActionAsync).DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> MinutesAsync(HttpContext context, PanelRequestContext request, CancellationToken cancellationToken)
    {
        var (panel, error) = await request.OpenAsync(context, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var (minutes, etag) = await panel!.MinutesAsync(cancellationToken);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache, private";
        return context.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Ok(minutes);
    }

    private static Task<IResult> DecisionAsync(HttpContext context, PanelRequestContext request, ActionItemRecorder recorder, CancellationToken cancellationToken) =>
        WriteAsync<PanelDecisionInput>(context, request, MinutesRequestIds.Decision, async (panel, input) =>
        {
            var recorded = await recorder.RecordDecisionAsync(panel.Occurrence, panel.Viewer, panel.Organisation, PanelCommands.Decision(input), panel.RequestKey, cancellationToken);
            return recorded.Rejection;
        }, cancellationToken);

    private static Task<IResult> ActionAsync(HttpContext context, PanelRequestContext request, PanelCommands commands, ActionItemRecorder recorder, CancellationToken cancellationToken) =>
        WriteAsync<PanelActionInput>(context, request, MinutesRequestIds.Item, async (panel, input) =>
        {
            var (command, invalid) = await commands.ActionAsync(input, panel.ChatId, panel.Organisation, panel.Text, cancellationToken);
            if (invalid is not null)
            {
                return invalid;
            }

            var recorded = await recorder.RecordItemAsync(panel.Occurrence, panel.Viewer, panel.Organisation, command!, panel.RequestKey, cancellationToken);
            return recorded.Rejection;
        }, cancellationToken);

    private static async Task<IResult> WriteAsync<TInput>(
        HttpContext context,
        PanelRequestContext request,
        Func<string, string?, string> recordedId,
        Func<PanelRequest, TInput, Task<Rejection?>> record,
        CancellationToken cancellationToken)
        where TInput : class
    {
        var (panel, error) = await request.OpenAsync(context, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var text = panel!.Text;
        if (panel.SignedInLocally && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "antiforgery", text["MeetingPanel.Error.BadRequest"]);
        }

        if (!panel.Access.MayRecord)
        {
            return Forbidden(text);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > MaxIdempotencyKey || await ReadBodyAsync<TInput>(context, cancellationToken) is not { } input)
        {
            return DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "bad-request", text["MeetingPanel.Error.BadRequest"]);
        }

        panel = panel with { RequestKey = key.Length > 0 ? $"panel:{panel.Viewer.Id}:{key}" : null };
        var (current, etag) = await panel.MinutesAsync(cancellationToken);
        if (panel.RequestKey is { } requestKey && current.Holds(recordedId(panel.Occurrence.PartitionKey, requestKey)))
        {
            // A resend after a lost answer: recorded the first time (its id comes from the key), so the
            // version it was sent with is necessarily old; answer as the first time did, not 412.
            context.Response.Headers.ETag = etag;
            return Results.Ok(current);
        }

        if (context.Request.Headers.IfMatch.ToString() != etag)
        {
            context.Response.Headers.ETag = etag;
            return Results.Json(new { code = "stale", message = text["MeetingPanel.Stale"], minutes = current }, statusCode: StatusCodes.Status412PreconditionFailed);
        }

        if (await record(panel, input) is { } rejection)
        {
            return rejection.Reason == RejectionReason.InvalidInput ? Invalid(rejection, text) : Forbidden(text);
        }

        var (minutes, newETag) = await panel.MinutesAsync(cancellationToken);
        context.Response.Headers.ETag = newETag;
        return Results.Ok(minutes);
    }

    private static async Task<TInput?> ReadBodyAsync<TInput>(HttpContext context, CancellationToken cancellationToken)
        where TInput : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await context.Request.ReadFromJsonAsync<TInput>(JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Forbidden(Localizer text) =>
        DashboardEndpoints.Problem(StatusCodes.Status403Forbidden, "forbidden", text.Format("MeetingPanel.Error.Forbidden", RejectionText.RoleNames(PanelAccess.RecordingRole, text)));

    private static IResult Invalid(Rejection rejection, Localizer text) =>
        Results.Json(new
        {
            code = "invalid",
            message = RejectionText.Describe(rejection, text),
            fields = rejection.FieldErrors.ToDictionary(e => PanelFields.Of(e.Key), e => text.Format(e.Value.TextKey, e.Value.Arguments)),
        }, statusCode: StatusCodes.Status400BadRequest);
}
