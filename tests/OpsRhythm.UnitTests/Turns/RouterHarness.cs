using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Setup;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>
/// The turn pipeline as AddTurns registers it, over the sample organisation, with the connector and
/// the conversation directory mocked; every connector call is recorded.
/// </summary>
internal sealed class RouterHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public RouterHarness(bool localRun = true, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (!localRun)
        {
            builder.Configuration["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555";
        }

        builder.AddTurns();
        var directory = new Mock<IOrganisationDirectory>();
        directory.Setup(d => d.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => Organisation);
        directory.Setup(d => d.GetStoredAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Organisation, OrganisationETag));
        Conversations.Setup(c => c.TryMarkWelcomedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Connector.Setup(c => c.SendToConversationAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Uri, string, Activity, CancellationToken>((url, conversation, activity, _) => Sent.Add(new("send", url, conversation, null, activity)))
            .ReturnsAsync(new ResourceResponse("sent"));
        Connector.Setup(c => c.ReplyToActivityAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Uri, string, string, Activity, CancellationToken>((url, conversation, id, activity, _) => Sent.Add(new("reply", url, conversation, id, activity)))
            .ReturnsAsync(new ResourceResponse("replied"));
        Connector.Setup(c => c.UpdateActivityAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Uri, string, string, Activity, CancellationToken>((url, conversation, id, activity, _) => Sent.Add(new("update", url, conversation, id, activity)))
            .ReturnsAsync(new ResourceResponse("updated"));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OpsRhythm.Domain.Time.OrganisationClock>();
        builder.Services.AddSingleton(directory.Object);
        builder.Services.AddSingleton(Conversations.Object);
        builder.Services.AddSingleton(Connector.Object);
        builder.Services.AddOptions<OrganisationOptions>();
        builder.Services.AddSingleton<AdministratorEnrolment>();
        builder.Services.AddSingleton(Store.Object);
        builder.Services.AddSingleton<TeamDirectory>();
        builder.Services.AddSingleton<SetupCardFactory>();
        configure?.Invoke(builder.Services);
        _provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public OrganisationProfile Organisation { get; set; } = SampleOrganisation.Load();

    public string OrganisationETag { get; set; } = "org-etag-1";

    public Mock<IConnectorClient> Connector { get; } = new();

    public Mock<IConversationDirectory> Conversations { get; } = new();

    /// <summary>Where the set-up reads the team the app was added to; empty unless a test sets it up.</summary>
    public Mock<IDocumentStore> Store { get; } = new();

    public List<ConnectorCall> Sent { get; } = [];

    public IServiceProvider Services => _provider;

    public async Task<TurnOutcome> RouteAsync(Activity activity)
    {
        using var scope = _provider.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TurnRouter>().RouteAsync(activity, CancellationToken.None);
    }

    public void Dispose() => _provider.Dispose();
}

internal sealed record ConnectorCall(string Operation, Uri ServiceUrl, string ConversationId, string? ActivityId, Activity Activity)
{
    public string CardJson => Activity.Attachments is { Count: > 0 } a ? a[0].Content!.Value.GetRawText() : string.Empty;
}
