using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

public sealed class DirectoryAddressBookTests : IDisposable
{
    private static readonly OrganisationProfile Profile = new()
    {
        CompanyName = new LocalizedText("公司", "Company"),
        OpsChannelId = "19:ops",
        People =
        [
            new Person("head", new LocalizedText("甲", "A")) { TeamsUserId = "29:head", AadObjectId = "aad-head" },
            new Person("member", new LocalizedText("乙", "B")),
            new Person("known", new LocalizedText("丙", "C")) { TeamsUserId = "29:known" },
        ],
    };

    private readonly SqliteStoreFixture _sqlite = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly ConversationDirectory _conversations;
    private readonly DirectoryAddressBook _book;

    public DirectoryAddressBookTests()
    {
        _conversations = new ConversationDirectory(_sqlite.Store, _time);
        _book = new DirectoryAddressBook(_conversations, new FixedOrganisation(Profile), _sqlite.Store, Options.Create(new DeliveryOptions()), _time);
    }

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public async Task Resolve_PersonWithoutChatWhenOpsChannelKnown_CreatesChatWithTheChannelsTenantAndServiceUrl()
    {
        await _conversations.RememberAsync(ChannelMessage(), null, CancellationToken.None);

        var address = await _book.ResolveAsync(OutboxTarget.Person("head"), CancellationToken.None);

        var chat = Assert.IsType<NewPersonalChat>(address);
        Assert.Equal(("29:head", "tenant-9", "aad-head"), (chat.User.Id, chat.TenantId, chat.AadObjectId));
        Assert.Equal(new Uri("https://smba.example/cn/"), chat.ServiceUrl);
        Assert.Equal("28:bot", chat.Bot.Id);
    }

    [Fact]
    public async Task Resolve_PersonWhoChattedWithTheBot_UsesTheirChat()
    {
        await _conversations.RememberAsync(PersonalMessage("29:known", "a:known-chat"), Profile.People[2], CancellationToken.None);

        var address = await _book.ResolveAsync(OutboxTarget.Person("known"), CancellationToken.None);

        Assert.Equal("a:known-chat", Assert.IsType<KnownConversation>(address).Reference.Conversation.Id);
    }

    [Fact]
    public async Task Resolve_PersonWithoutTeamsAccount_IsUnreachable()
    {
        await _conversations.RememberAsync(ChannelMessage(), null, CancellationToken.None);

        Assert.IsType<UnreachableTarget>(await _book.ResolveAsync(OutboxTarget.Person("member"), CancellationToken.None));
    }

    [Fact]
    public async Task Resolve_ChannelNeverSeen_IsAddressedWithTheKnownChannelsServiceUrl()
    {
        await _conversations.RememberAsync(ChannelMessage(), null, CancellationToken.None);

        var address = Assert.IsType<KnownConversation>(await _book.ResolveAsync(OutboxTarget.Channel("19:sales"), CancellationToken.None));

        Assert.Equal(("19:sales", "https://smba.example/cn/"), (address.Reference.Conversation.Id, address.Reference.ServiceUrl));
        Assert.Null(address.Reference.User);
    }

    [Fact]
    public async Task Resolve_BlockedPerson_IsBlockedUntilTheRecheckPeriodPasses()
    {
        await _conversations.RememberAsync(PersonalMessage("29:known", "a:known-chat"), Profile.People[2], CancellationToken.None);
        await _book.MarkBlockedAsync(OutboxTarget.Person("known"), "a:known-chat", CancellationToken.None);

        var blocked = await _book.ResolveAsync(OutboxTarget.Person("known"), CancellationToken.None);
        _time.Advance(new DeliveryOptions().BlockedRecheckAfter + TimeSpan.FromMinutes(1));
        var later = await _book.ResolveAsync(OutboxTarget.Person("known"), CancellationToken.None);

        Assert.IsType<BlockedConversation>(blocked);
        Assert.IsType<KnownConversation>(later);
    }

    private static Activity ChannelMessage() => new()
    {
        ServiceUrl = "https://smba.example/cn/",
        ChannelId = "msteams",
        Conversation = new ConversationAccount("19:ops;messageid=1") { ConversationType = ConversationTypes.Channel, TenantId = "tenant-9" },
        From = new ChannelAccount("29:someone"),
        Recipient = new ChannelAccount("28:bot", "OpsRhythm"),
    };

    private static Activity PersonalMessage(string from, string conversationId) => new()
    {
        ServiceUrl = "https://smba.example/cn/",
        ChannelId = "msteams",
        Conversation = new ConversationAccount(conversationId) { ConversationType = ConversationTypes.Personal, TenantId = "tenant-9" },
        From = new ChannelAccount(from),
        Recipient = new ChannelAccount("28:bot", "OpsRhythm"),
    };

    private sealed class FixedOrganisation(OrganisationProfile profile) : IOrganisationDirectory
    {
        public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(profile);

        public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, profile, "etag"));

        public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
