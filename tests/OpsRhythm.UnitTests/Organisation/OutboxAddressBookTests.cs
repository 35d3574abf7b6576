using Moq;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Organisation;

public sealed class OutboxAddressBookTests
{
    private static readonly ConversationReference Latest = new(
        "https://smba.example/apac/", "msteams", new ConversationAccount("a:chat") { ConversationType = ConversationTypes.Personal }, new ChannelAccount("28:bot"), null, "tenant-1");

    private readonly Mock<IConversationDirectory> _conversations = new();
    private readonly OutboxAddressBook _book;

    public OutboxAddressBookTests()
    {
        var organisation = new Mock<IOrganisationDirectory>();
        organisation.Setup(o => o.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SampleOrganisation.Load());
        _conversations.Setup(c => c.FindLatestAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Latest);
        _book = new OutboxAddressBook(_conversations.Object, organisation.Object);
    }

    [Fact]
    public async Task ResolveAsync_PersonWithStoredChat_IsKnownConversation()
    {
        var chat = Latest with { Conversation = new ConversationAccount("a:li-qiang") };
        _conversations.Setup(c => c.FindAsync(ConversationScope.Person, "li-qiang", It.IsAny<CancellationToken>())).ReturnsAsync(new ConversationRecord(chat, DateTimeOffset.UnixEpoch));

        var address = await _book.ResolveAsync(OutboxTarget.Person("li-qiang"), CancellationToken.None);

        var known = Assert.IsType<KnownConversation>(address);
        Assert.Equal("a:li-qiang", known.Reference.Conversation.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000021", known.AadObjectId);
    }

    [Fact]
    public async Task ResolveAsync_BlockedPerson_IsBlocked()
    {
        _conversations.Setup(c => c.FindAsync(ConversationScope.Person, "li-qiang", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationRecord(Latest, DateTimeOffset.UnixEpoch) { Blocked = true });

        Assert.IsType<BlockedConversation>(await _book.ResolveAsync(OutboxTarget.Person("li-qiang"), CancellationToken.None));
    }

    [Fact]
    public async Task ResolveAsync_PersonWithTeamsAccountButNoChat_CreatesOneWithTheLatestBotAddress()
    {
        var address = await _book.ResolveAsync(OutboxTarget.Person("chen-jing"), CancellationToken.None);

        var chat = Assert.IsType<NewPersonalChat>(address);
        Assert.Equal("user-id-5", chat.User.Id);
        Assert.Equal("28:bot", chat.Bot.Id);
        Assert.Equal("tenant-1", chat.TenantId);
        Assert.Equal(new Uri(Latest.ServiceUrl), chat.ServiceUrl);
    }

    [Theory]
    [InlineData("sun-hao")]
    [InlineData("nobody")]
    public async Task ResolveAsync_PersonWithoutTeamsAccountOrUnknown_IsUnreachable(string personId) =>
        Assert.IsType<UnreachableTarget>(await _book.ResolveAsync(OutboxTarget.Person(personId), CancellationToken.None));

    [Fact]
    public async Task ResolveAsync_ChannelNeverSeen_IsAddressedByItsId()
    {
        var address = await _book.ResolveAsync(OutboxTarget.Channel("channel-ops"), CancellationToken.None);

        var known = Assert.IsType<KnownConversation>(address);
        Assert.Equal("channel-ops", known.Reference.Conversation.Id);
        Assert.Equal(ConversationTypes.Channel, known.Reference.Conversation.ConversationType);
        Assert.Null(known.Reference.User);
    }

    [Fact]
    public async Task MarkBlockedAsync_Person_MarksThePersonsChat()
    {
        await _book.MarkBlockedAsync(OutboxTarget.Person("li-qiang"), "a:li-qiang", CancellationToken.None);

        _conversations.Verify(c => c.MarkBlockedAsync(ConversationScope.Person, "li-qiang", It.IsAny<CancellationToken>()));
    }
}
