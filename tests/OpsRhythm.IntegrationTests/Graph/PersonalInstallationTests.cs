using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Graph;

/// <summary>
/// Reaching someone who never chatted with the bot: the real GraphServiceClient installs the app for
/// them against the local Graph, the outbox waits for the install event's chat, and a 403 tells the
/// operations office who cannot be reached.
/// </summary>
public sealed class PersonalInstallationTests : IAsyncLifetime
{
    private static readonly OrganisationProfile Profile = new()
    {
        CompanyName = new LocalizedText("公司", "Company"),
        OpsChannelId = "19:ops",
        People = [new Person("head", new LocalizedText("甲", "A")) { TeamsUserId = "29:head", AadObjectId = "aad-head", Email = "head@contoso.com" }],
    };

    private readonly SqliteStoreFixture _sqlite = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private FakeGraph _graph = null!;
    private ConversationDirectory _conversations = null!;
    private DirectoryAddressBook _book = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        var client = new GraphServiceClient(new AnonymousAuthenticationProvider(), _graph.BaseUrl.ToString());
        var installer = new GraphAppInstaller(client, _graph.BaseUrl, "catalog-app-1");
        _conversations = new ConversationDirectory(_sqlite.Store, _time);
        var installation = new PersonalInstallation(installer, _sqlite.Store, new ChangeWriter(_sqlite.Store), _time);
        _book = new DirectoryAddressBook(_conversations, new FixedOrganisation(), _sqlite.Store, Options.Create(new DeliveryOptions()), _time, installation);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _sqlite.Dispose();
    }

    [Fact]
    public async Task Resolve_PersonWithoutChat_InstallsTheAppOnceAndWaitsForTheInstallEventsChat()
    {
        _graph.Answers.Enqueue((201, null, """{"id":"installation-1"}"""));

        var first = await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None);
        var second = await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None);

        Assert.IsType<AwaitingInstallation>(first);
        Assert.IsType<AwaitingInstallation>(second);
        var (method, path, body) = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", "/v1.0/users/aad-head/teamwork/installedApps"), (method, path));
        Assert.Equal($"{_graph.BaseUrl}/appCatalogs/teamsApps/catalog-app-1", body!["teamsApp@odata.bind"]!.GetValue<string>());

        // Teams announces the installation in the person's new 1:1 chat: that is the address from now on.
        await _conversations.RememberAsync(InstallEvent(), Profile.People[0], CancellationToken.None);
        var known = Assert.IsType<KnownConversation>(await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None));
        Assert.Equal("a:personal-head", known.Reference.Conversation.Id);
    }

    [Fact]
    public async Task Resolve_GraphForbids_TellsTheOperationsOfficeWhoCannotBeReachedOnce()
    {
        _graph.Answers.Enqueue((403, null, """{"error":{"code":"Forbidden","message":"Missing role TeamsAppInstallation.ReadWriteSelfForUser.All"}}"""));

        var address = await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None);
        await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None);

        Assert.IsNotType<AwaitingInstallation>(address);
        Assert.Single(_graph.Requests);
        var notice = await _sqlite.Store.ReadAsync<OutboxMessage>(
            StorageContainers.Organisation, new DocumentKey(ConversationDirectory.PartitionFor("head"), OutboxMessage.IdFor("unreachable:head")), CancellationToken.None);
        Assert.NotNull(notice);
        Assert.Equal(OutboxTarget.Channel("19:ops"), notice.Value.Target);
        Assert.Contains("甲", notice.Value.Activity.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static Activity InstallEvent() => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = "add",
        ServiceUrl = "https://smba.example/apac/",
        ChannelId = "msteams",
        From = new ChannelAccount("29:head", "甲") { AadObjectId = "aad-head" },
        Recipient = new ChannelAccount("28:bot", "OpsRhythm"),
        Conversation = new ConversationAccount("a:personal-head") { ConversationType = ConversationTypes.Personal, TenantId = "tenant-1" },
    };

    private sealed class FixedOrganisation : IOrganisationDirectory
    {
        public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Profile);

        public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Profile, "etag"));

        public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
