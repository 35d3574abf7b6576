using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class AdministratorEnrolmentTests
{
    private static readonly OrganisationProfile Empty = new() { CompanyName = new LocalizedText("本公司", "Our company") };

    private readonly Mock<IOrganisationDirectory> _directory = new();
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly List<(OrganisationProfile Profile, IReadOnlyList<AuditEvent> Audit)> _saved = [];

    public AdministratorEnrolmentTests()
    {
        _directory.Setup(d => d.GetStoredAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, _saved.Count > 0 ? _saved[^1].Profile : Empty, "etag"));
        _directory.Setup(d => d.SaveAsync(It.IsAny<OrganisationProfile>(), "etag", It.IsAny<IReadOnlyList<AuditEvent>>(), It.IsAny<CancellationToken>()))
            .Callback<OrganisationProfile, string, IReadOnlyList<AuditEvent>, CancellationToken>((p, _, a, _) => _saved.Add((p, a)))
            .ReturnsAsync((OrganisationProfile p, string _, IReadOnlyList<AuditEvent> _, CancellationToken _) => new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, p, "etag-2"));
        _connector.Setup(c => c.GetPagedMembersAsync(It.IsAny<Uri>(), TestActivities.PersonalConversation, null, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PagedMembersResult([new TeamsChannelAccount("user-id-0", "王敏") { AadObjectId = "aad-wang", UserPrincipalName = "Wang.Min@contoso.com", Email = "wang.min@contoso.com" }], null));
    }

    private AdministratorEnrolment Enrolment(params string[] administrators)
    {
        var options = new OrganisationOptions();
        foreach (var a in administrators)
        {
            options.Administrators.Add(a);
        }

        return new AdministratorEnrolment(Options.Create(options), _directory.Object, _connector.Object, new FakeTimeProvider(), NullLogger<AdministratorEnrolment>.Instance);
    }

    [Fact]
    public async Task EnrolIfAdministrator_ConfiguredByUpn_AddsThemAsAdministratorWithAccountNameAndEmail()
    {
        var profile = await Enrolment("wang.min@contoso.com").EnrolIfAdministratorAsync(TestActivities.Message("帮助"), Empty, CancellationToken.None);

        var person = Assert.Single(profile.People);
        Assert.Equal("wang-min", person.Id);
        Assert.Equal("user-id-0", person.TeamsUserId);
        Assert.Equal("aad-wang", person.AadObjectId);
        Assert.Equal("wang.min@contoso.com", person.Email);
        Assert.True(person.Has(Role.Administrator));
        var audit = Assert.Single(Assert.Single(_saved).Audit);
        Assert.Equal("person.enrolled", audit.Action);
    }

    [Fact]
    public async Task EnrolIfAdministrator_SomeoneElse_ChangesNothingAndAsksTheRosterOnlyOnce()
    {
        var enrolment = Enrolment("it.admin@contoso.com");

        var first = await enrolment.EnrolIfAdministratorAsync(TestActivities.Message("帮助"), Empty, CancellationToken.None);
        await enrolment.EnrolIfAdministratorAsync(TestActivities.Message("帮助"), Empty, CancellationToken.None);

        Assert.Same(Empty, first);
        Assert.Empty(_saved);
        _connector.Verify(c => c.GetPagedMembersAsync(It.IsAny<Uri>(), It.IsAny<string>(), null, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EnrolIfAdministrator_NoneConfigured_NeverReadsTheRoster()
    {
        var profile = await Enrolment().EnrolIfAdministratorAsync(TestActivities.Message("帮助"), Empty, CancellationToken.None);

        Assert.Same(Empty, profile);
        _connector.VerifyNoOtherCalls();
    }
}
