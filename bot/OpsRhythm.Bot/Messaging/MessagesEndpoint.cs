using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Messaging;

/// <summary>POST /api/messages: the one endpoint Teams calls.</summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static WebApplication MapMessages(this WebApplication app)
    {
        // Any failure outside the turn's own error handling answers a ProblemDetails body, never a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPost(Route, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context,
        [FromServices] IOptions<MessagingOptions> options,
        [FromServices] IInboundAuthenticator authenticator,
        [FromServices] ServiceUrlAllowList serviceUrls,
        [FromServices] TurnRouter router,
        [FromServices] ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // Teams posts JSON only; anything else is refused before its body is read.
        if (!context.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be application/json.");
        }

        var read = await ActivityReader.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            return read.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Results.Problem(statusCode: read.StatusCode, title: "The activity is too large.")
                : Results.Problem(statusCode: read.StatusCode, title: "The body is not a Bot Framework activity.");
        }

        switch (await authenticator.AuthenticateAsync(context, activity, cancellationToken))
        {
            case InboundAuthResult.Unauthorized:
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.");
            case InboundAuthResult.Forbidden:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
            case InboundAuthResult.Allowed:
                break;
        }

        // Before the turn: a turn stores the conversation reference and replies to the service URL, so an
        // activity naming a host off the allow-list must change nothing and get nothing (issue 13).
        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            MessagingLog.ServiceUrlNotAllowed(loggers.CreateLogger(typeof(MessagesEndpoint).FullName!), Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url.IdnHost : null);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }

        var outcome = await router.RouteAsync(activity, cancellationToken);
        if (outcome.Body is { } answer)
        {
            return Results.Json(answer, ProtocolJson.Options, statusCode: outcome.StatusCode);
        }

        return outcome.InvokeResponse is { } body
            ? Results.Json(body, ProtocolJson.Options, statusCode: StatusCodes.Status200OK)
            : Results.StatusCode(outcome.StatusCode);
    }
}
