using System.Text.Json.Nodes;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.EndToEndTests.Planning;
using OpsRhythm.EndToEndTests.Playground;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.EndToEndTests.Setup;

/// <summary>
/// From an empty tenant to a working company, as its administrator does it in Teams: install the app,
/// get the set-up card, import the team's people and channels, map two departments with their heads
/// picked by name, and open a monthly cycle; both heads get their cards.
/// </summary>
public sealed class EmptyTenantTests(EmptyTenantFixture fixture) : IClassFixture<EmptyTenantFixture>
{
    private static readonly PlanPeriod Period = PlanPeriod.Monthly(2027, 6);

    [Fact]
    public async Task EmptyTenant_AdministratorInstallsImportsMapsDepartmentsAndOpensACycle_BothHeadsGetTheirCards()
    {
        var client = fixture.Client;
        var steps = new PlanningSteps(client);
        var feed = client.Feed;

        // The administrator adds the app: the welcome, then the set-up card with the import button.
        var since = feed.Position;
        await client.InstallAsync(client.PersonalChatId);
        var setup = await feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId && m.FindExecuteAction(OrganisationVerbs.Import) is not null, since);

        // The app is added to the operations team; the import reads its members and channels.
        await client.InstallAsync(client.Config.TeamId);
        var imported = await ClickUntilAsync(steps, setup, OrganisationVerbs.Import, card => !PlanningSteps.Reads(card, t => t["Organisation.Setup.NoTeam"]));
        Assert.True(PlanningSteps.Reads(CardText.Strings(imported), t => t.Format("Organisation.Setup.TeamKnown", "华彩运营 OpsRhythm")), imported.ToJsonString());

        // Two departments, heads and channel picked from the lists the forms offer (by name, the values are ids the bot chose).
        var form = await steps.ClickAsync(setup.MessageId!, imported, OrganisationVerbs.DepartmentForm);
        var li = IdOf(form, F.DepartmentHead, "李强");
        var zhang = IdOf(form, F.DepartmentHead, "张伟");
        var wang = IdOf(form, F.DepartmentHead, "王敏");
        var ops = IdOf(form, F.DepartmentChannel, "运营管理");
        var saved = await steps.ClickAsync(setup.MessageId!, form, OrganisationVerbs.SaveDepartment, Department("sales", "销售部", "Sales", li, ops));
        Assert.True(PlanningSteps.Reads(saved, t => t["Organisation.Saved"]), saved.ToJsonString());
        form = await steps.ClickAsync(setup.MessageId!, saved, OrganisationVerbs.DepartmentForm);
        saved = await steps.ClickAsync(setup.MessageId!, form, OrganisationVerbs.SaveDepartment, Department("production", "生产部", "Production", zhang, ops));
        Assert.True(PlanningSteps.Reads(saved, t => t["Organisation.Saved"]), saved.ToJsonString());

        // The administrator is also the operations office (the organisation card's person picker, by name).
        var person = await steps.ClickAsync(setup.MessageId!, saved, OrganisationVerbs.PersonForm, new JsonObject { [OrganisationVerbs.PersonPick] = wang });
        saved = await steps.ClickAsync(setup.MessageId!, person, OrganisationVerbs.SavePerson, new JsonObject
        {
            [F.PersonNameZh] = "王敏",
            [F.PersonNameEn] = "Wang Min",
            [F.PersonRoles] = "Employee,OpsOffice,Leadership,Administrator",
        });
        Assert.True(PlanningSteps.Reads(saved, t => t["Organisation.Saved"]), saved.ToJsonString());

        // The operations office opens the June 2027 cycle; each head is sent their card.
        since = feed.Position;
        var open = await steps.SayAsync("开启月度计划 2027-06", m => m.FindExecuteAction(PlanVerbs.Open) is not null);
        var opened = await steps.ClickActionAsync(open.MessageId!, open.FindExecuteAction(PlanVerbs.Open)!, new JsonObject
        {
            [PlanFields.Period] = "2027-06",
            [PlanFields.DueDate] = "2027-05-28",
        });
        Assert.True(PlanningSteps.Reads([opened["value"]?.ToString() ?? string.Empty], t => t.Format("Planning.Msg.Opened", PlanningSteps.CycleName(Period, t))), opened.ToJsonString());
        // The Playground accepts the bot's new 1:1 chats with 李强 and 张伟 but shows only the current user's chat:
        // each head's chat is found from the outbox's "sent to" log lines and the Playground's own member list of it.
        var reached = await HeadsReachedAsync(client, ["user-id-1", "user-id-2"]);
        Assert.Equal(["user-id-1", "user-id-2"], reached);
    }

    private async Task<IReadOnlyList<string>> HeadsReachedAsync(PlaygroundClient client, IReadOnlyList<string> heads)
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 60 && reached.Count < heads.Count; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            string log;
            await using (var stream = new FileStream(fixture.BotLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var reader = new StreamReader(stream))
            {
                log = await reader.ReadToEndAsync();
            }

            foreach (var conversation in System.Text.RegularExpressions.Regex.Matches(log, @"sent to (\S+@test\.user)").Select(m => m.Groups[1].Value).Distinct())
            {
                foreach (var member in await client.MemberIdsAsync(conversation))
                {
                    if (heads.Contains(member))
                    {
                        reached.Add(member);
                    }
                }
            }
        }

        return [.. reached];
    }

    private static async Task<JsonObject> ClickUntilAsync(PlanningSteps steps, PlaygroundMessage message, string verb, Func<JsonObject, bool> done)
    {
        // The team's install event and the import race in the bot only by milliseconds; the import says "no team yet" until it has arrived.
        for (var attempt = 0; ; attempt++)
        {
            var card = await steps.ClickAsync(message.MessageId!, message.Cards[0], verb);
            if (done(card) || attempt == 10)
            {
                return card;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static JsonObject Department(string id, string zh, string en, string head, string channel) => new()
    {
        [F.DepartmentId] = id,
        [F.DepartmentNameZh] = zh,
        [F.DepartmentNameEn] = en,
        [F.DepartmentHead] = head,
        [F.DepartmentChannel] = channel,
    };

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && obj["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) => [obj],
        JsonObject obj => obj.SelectMany(p => Inputs(p.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };

    /// <summary>The value behind the choice whose title starts with <paramref name="name"/> in the input <paramref name="inputId"/>.</summary>
    private static string IdOf(JsonObject card, string inputId, string name)
    {
        var input = Inputs(card).FirstOrDefault(e => e["id"]?.GetValue<string>() == inputId)
            ?? throw new Xunit.Sdk.XunitException($"No input {inputId}: {card.ToJsonString()}");
        return input["choices"]!.AsArray().Select(c => c!.AsObject())
            .FirstOrDefault(c => c["title"]!.GetValue<string>().StartsWith(name, StringComparison.Ordinal))?["value"]!.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException($"No {name} among {input.ToJsonString()}");
    }
}
