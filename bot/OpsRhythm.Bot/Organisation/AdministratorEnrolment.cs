using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Adds a configured administrator (Organisation:Administrators, by Entra object id or UPN) to the
/// organisation the first time they talk to the bot, with their Teams account, name and email from
/// the conversation's roster. This is how an empty production organisation gets its first member.
/// </summary>
internal sealed partial class AdministratorEnrolment(
    IOptions<OrganisationOptions> options,
    IOrganisationDirectory directory,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<AdministratorEnrolment> logger)
{
    /// <summary>An unknown sender is looked up in the roster at most this often, not on every message.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _notAdministrators = new(StringComparer.Ordinal);

    /// <summary>The profile with the sender enrolled if they are a configured administrator not yet in it; otherwise <paramref name="profile"/>.</summary>
    public async Task<OrganisationProfile> EnrolIfAdministratorAsync(Activity activity, OrganisationProfile profile, CancellationToken cancellationToken)
    {
        var administrators = options.Value.Administrators;
        if (administrators.Count == 0 || activity.From?.Id is not { Length: > 0 } userId
            || (_notAdministrators.TryGetValue(userId, out var checkedAt) && time.GetUtcNow() - checkedAt < RecheckAfter))
        {
            return profile;
        }

        var member = await RosterEntryAsync(activity, cancellationToken);
        var aadObjectId = member?.AadObjectId ?? activity.From.AadObjectId;
        var upn = member?.UserPrincipalName ?? member?.Email;
        if (!administrators.Any(a => Same(a, aadObjectId) || Same(a, upn) || Same(a, member?.Email)))
        {
            _notAdministrators[userId] = time.GetUtcNow();
            return profile;
        }

        return await AddAsync(userId, member?.Name ?? activity.From.Name ?? upn ?? userId, aadObjectId, member?.Email ?? upn, upn, cancellationToken) ?? profile;
    }

    private async Task<OrganisationProfile?> AddAsync(string userId, string name, string? aadObjectId, string? email, string? upn, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = await directory.GetStoredAsync(cancellationToken);
            if (stored.Value.FindByTeamsAccount(userId, aadObjectId) is not null)
            {
                return stored.Value;
            }

            var person = new Person(PersonIds.New(stored.Value, upn, aadObjectId ?? userId), new LocalizedText(name, name))
            {
                TeamsUserId = userId,
                AadObjectId = aadObjectId,
                Email = email,
                Roles = Role.Employee | Role.Administrator,
            };
            var audit = AuditTrail.Of(
                nameof(OrganisationProfile), person.Id, [new WorkflowEvent("person.enrolled") { Details = new Dictionary<string, string> { ["reason"] = "Organisation:Administrators" } }], "system", time.GetUtcNow());
            try
            {
                var saved = await directory.SaveAsync(stored.Value with { People = [.. stored.Value.People, person] }, stored.ETag, audit, cancellationToken);
                LogEnrolled(logger, person.Id);
                return saved.Value;
            }
            catch (DocumentPreconditionFailedException)
            {
                // Someone saved the organisation meanwhile: read it again and add to theirs.
            }
        }

        return null;
    }

    /// <summary>The sender as the connector lists them (UPN, email, object id); null where the roster cannot be read.</summary>
    private async Task<TeamsChannelAccount?> RosterEntryAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || (activity.Conversation.ConversationType ?? ConversationTypes.Personal) != ConversationTypes.Personal)
        {
            return null;
        }

        try
        {
            var page = await connector.GetPagedMembersAsync(new Uri(serviceUrl), conversationId, null, null, cancellationToken);
            return page.Members.FirstOrDefault(m => m.Id == activity.From!.Id);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or UriFormatException)
        {
            LogRosterFailed(logger, e.Message);
            return null;
        }
    }

    private static bool Same(string configured, string? value) =>
        value is { Length: > 0 } && string.Equals(configured.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Configured administrator {PersonId} added to the organisation on first contact")]
    private static partial void LogEnrolled(ILogger logger, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the chat's roster to identify a possible administrator: {Reason}")]
    private static partial void LogRosterFailed(ILogger logger, string reason);
}
