using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Reaching a person the bot has no chat with: install the app for them through Graph once, and let
/// their messages wait (not dead-letter) until the install event brings the chat. Without the
/// permission (403) the operations office is told, in its channel, who cannot be reached; the
/// notice is written in the same batch as the record, so it is sent once.
/// </summary>
internal sealed class PersonalInstallation(IAppInstaller installer, IDocumentStore store, ChangeWriter writer, TimeProvider time)
{
    /// <summary>How long messages wait for the install event before the bot tries to open the chat itself.</summary>
    public static readonly TimeSpan InstallWait = TimeSpan.FromMinutes(10);

    /// <summary>How often a waiting message looks again for the chat.</summary>
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(20);

    /// <summary>An address to wait for, or null when installing is not possible (the caller falls back to what it did before).</summary>
    public async Task<DeliveryAddress?> ReachAsync(OrganisationProfile profile, Person person, CancellationToken cancellationToken)
    {
        if (!installer.IsConfigured || person.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return null;
        }

        var key = Key(person.Id);
        var now = time.GetUtcNow();
        var known = (await store.ReadAsync<InstallationRecord>(StorageContainers.Organisation, key, cancellationToken))?.Value;
        if (known is not null)
        {
            return known.Outcome == AppInstallOutcome.Requested && now - known.RequestedAt < InstallWait ? new AwaitingInstallation(now + RecheckEvery) : null;
        }

        var outcome = await installer.InstallForAsync(aadObjectId, cancellationToken);
        var record = new InstallationRecord(person.Id, outcome, now);
        var messages = outcome == AppInstallOutcome.Forbidden && profile.OpsChannelId is { } opsChannel
            ? [UnreachableNotice(person, opsChannel, RecipientLanguages.Default(profile), now)]
            : Array.Empty<OutboxMessage>();
        try
        {
            await writer.CommitAsync(new Change<InstallationRecord>(StorageContainers.Organisation, key, record, null) { Messages = messages }, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Another instance asked at the same moment; its record stands.
        }

        return outcome == AppInstallOutcome.Requested ? new AwaitingInstallation(now + RecheckEvery) : null;
    }

    /// <summary>In the organisation's default language, as everything posted to a channel.</summary>
    private static OutboxMessage UnreachableNotice(Person person, string opsChannel, Localizer text, DateTimeOffset now)
    {
        var body = text["Organisation.Unreachable.Title"] + "\n\n" + text.Format("Organisation.Unreachable.Text", person.Name.For(text.Culture), "403");
        return OutboxMessage.Create(OutboxTarget.Channel(opsChannel), ActivityFactory.Text(body), $"unreachable:{person.Id}", now);
    }

    private static DocumentKey Key(string personId) =>
        new(ConversationDirectory.PartitionFor(personId), "install:" + personId.Replace('/', '_').Replace('#', '_').Replace('?', '_').Replace('\\', '_'));
}
