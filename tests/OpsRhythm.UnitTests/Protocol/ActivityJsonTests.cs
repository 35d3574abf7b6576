using System.Text.Json;
using System.Text.Json.Nodes;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class ActivityJsonTests
{
    [Theory]
    [InlineData(TeamsActivitySamples.ChannelMessage)]
    [InlineData(TeamsActivitySamples.CardActionInvoke)]
    [InlineData(TeamsActivitySamples.MembersAdded)]
    public void RoundTrip_TeamsActivity_KeepsEveryProperty(string json)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        var original = JsonNode.Parse(json)!.AsObject();
        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!.AsObject();

        // Timestamps come back in another (equivalent) ISO 8601 spelling; compare them as instants.
        foreach (var name in new[] { "timestamp", "localTimestamp" })
        {
            Assert.Equal(Instant(original, name), Instant(written, name));
            original.Remove(name);
            written.Remove(name);
        }

        Assert.True(JsonNode.DeepEquals(original, written), $"Round trip changed the activity:\n{written.ToJsonString()}");
    }

    [Fact]
    public void Deserialize_ChannelMessage_ReadsTeamsChannelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.ChannelMessage, ProtocolJson.Options)!;

        Assert.Equal("tenant-1", activity.TenantId);
        Assert.Equal("19:team@thread.tacv2", activity.TeamsData?.Team?.Id);
        Assert.Equal("19:ops@thread.tacv2", activity.TeamsData?.Channel?.Id);
        Assert.Equal(ConversationTypes.Channel, activity.Conversation?.ConversationType);
        Assert.Equal("urn:botframework:azure", activity.Extra?["callerId"].GetString());
    }

    [Fact]
    public void Deserialize_ChannelMessage_ReadsMentionAndClientInfo()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.ChannelMessage, ProtocolJson.Options)!;

        var mention = Assert.Single(activity.Mentions);
        Assert.Equal("28:bot-app-id", mention.Mentioned?.Id);
        Assert.Equal("<at>OpsRhythm</at>", mention.Text);
        Assert.Equal("Asia/Shanghai", activity.ClientInfo?.Timezone);
        Assert.Equal("CN", activity.ClientInfo?.Country);
    }

    [Fact]
    public void TextWithoutBotMention_ChannelMessage_LeavesTheCommand()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.ChannelMessage, ProtocolJson.Options)!;

        Assert.Equal("月度计划", activity.TextWithoutBotMention());
    }

    [Fact]
    public void TextWithoutBotMention_OtherPersonMentioned_KeepsThatMention()
    {
        var activity = new Activity
        {
            Text = "<at>李强</at> <at>OpsRhythm</at> status",
            Recipient = new ChannelAccount("28:bot"),
            Entities =
            [
                Entity.From(EntityTypes.Mention, new MentionEntity(new ChannelAccount("29:li-qiang"), "<at>李强</at>")),
                Entity.From(EntityTypes.Mention, new MentionEntity(new ChannelAccount("28:bot"), "<at>OpsRhythm</at>")),
            ],
        };

        Assert.Equal("<at>李强</at>  status", activity.TextWithoutBotMention());
    }

    [Fact]
    public void EffectiveLocale_NoActivityLocale_FallsBackToClientInfo()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.ChannelMessage, ProtocolJson.Options)! with { Locale = null };

        Assert.Equal("zh-CN", activity.EffectiveLocale);
    }

    [Fact]
    public void Deserialize_CardActionInvoke_ReadsVerbAndData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.CardActionInvoke, ProtocolJson.Options)!;

        var value = activity.Value!.Value.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options)!;
        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        Assert.Equal("plan.submit", value.Action?.Verb);
        Assert.Equal("120", value.Action?.Data?.GetProperty("target").GetString());
        Assert.False(value.IsRefresh);
        Assert.Equal("en-US", activity.EffectiveLocale);
    }

    [Fact]
    public void Deserialize_MembersAdded_ReadsTeamAndEventType()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivitySamples.MembersAdded, ProtocolJson.Options)!;

        Assert.Equal(["28:bot-app-id", "29:1zhang-wei"], activity.MembersAdded!.Select(m => m.Id));
        Assert.Equal("teamMemberAdded", activity.TeamsData?.EventType);
        Assert.Equal("9d4f0c2e-0000-4000-8000-000000000000", activity.TeamsData?.Team?.AadGroupId);
        Assert.Equal("OpsRhythm 运营", activity.TeamsData?.Team?.Name);
    }

    [Fact]
    public void TeamsData_ChannelDataNotAnObject_IsNull()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","channelData":"text","conversation":{"id":"c","tenantId":"t"}}""", ProtocolJson.Options)!;

        Assert.Null(activity.TeamsData);
        Assert.Equal("t", activity.TenantId);
    }

    private static DateTimeOffset? Instant(JsonObject activity, string name) =>
        activity[name] is { } value ? DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;
}
