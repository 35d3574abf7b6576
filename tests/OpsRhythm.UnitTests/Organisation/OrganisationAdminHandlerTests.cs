using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Organisation.Admin;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class OrganisationAdminHandlerTests
{
    [Fact]
    public async Task Invoke_SettingsFormByNonAdministrator_Forbidden()
    {
        using var harness = Harness();

        var outcome = await harness.RouteAsync(TestActivities.Invoke(OrganisationVerbs.SettingsForm, fromId: "user-id-1"));

        Assert.Equal(403, outcome.InvokeResponse?.StatusCode);
    }

    [Fact]
    public async Task Invoke_SaveWithInvalidTimeZone_RedrawsFormWithTypedValueAndFieldError()
    {
        using var harness = Harness();
        var data = Data(OrganisationVerbs.SaveSettings, harness.OrganisationETag, ("timeZone", "Mars/Olympus"), ("opsChannel", "channel-ops"));

        var outcome = await harness.RouteAsync(TestActivities.Invoke(OrganisationVerbs.SaveSettings, data));

        var card = outcome.InvokeResponse!.Value.GetRawText();
        Assert.Contains("Mars/Olympus", card, StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn.Format("Organisation.Error.TimeZone", "Mars/Olympus"), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SaveFromStaleCard_RedrawsWithStaleNoticeWithoutSaving()
    {
        using var harness = Harness();
        var data = Data(OrganisationVerbs.SaveSettings, "old-etag", ("timeZone", "Europe/Berlin"));

        var outcome = await harness.RouteAsync(TestActivities.Invoke(OrganisationVerbs.SaveSettings, data, locale: "en-US"));

        // The click's en-US stamp does not decide the language: 王敏 has none recorded, so the organisation's default.
        var card = outcome.InvokeResponse!.Value.GetRawText();
        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], card, StringComparison.Ordinal);
        Assert.Contains("\"v\":\"org-etag-1\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_OrganisationCommand_ShowsMaintenanceOnlyToAdministrators()
    {
        using var harness = Harness();

        await harness.RouteAsync(TestActivities.Message("组织架构", fromId: "user-id-0"));
        await harness.RouteAsync(TestActivities.Message("organisation", fromId: "user-id-1"));

        Assert.Contains(OrganisationVerbs.SettingsForm, harness.Sent[0].CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(OrganisationVerbs.SettingsForm, harness.Sent[1].CardJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Employee,DepartmentHead", Role.Employee | Role.DepartmentHead)]
    [InlineData(" leadership , Administrator", Role.Leadership | Role.Administrator)]
    [InlineData("Nonsense,32", Role.None)]
    [InlineData("", Role.None)]
    public void Roles_MultiSelectValue_ParsesKnownRoles(string value, Role expected) =>
        Assert.Equal(expected, OrganisationFormReader.Roles(value));

    private static RouterHarness Harness() => new(configure: s =>
    {
        s.AddScoped<IChatCommand, OrganisationCommand>();
        s.AddScoped<ICardActionHandler, OrganisationAdminHandler>();
        s.AddScoped<ICardActionHandler, OrganisationSaveHandler>();
        s.AddSingleton<ChangeWriter>();
        s.AddCardPipeline();
    });

    private static Dictionary<string, string> Data(string verb, string version, params (string Key, string Value)[] inputs)
    {
        var data = new Dictionary<string, string> { ["verb"] = verb, ["id"] = OrganisationVerbs.EntityId, ["v"] = version };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }
}
