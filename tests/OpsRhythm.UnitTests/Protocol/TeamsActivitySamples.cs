namespace OpsRhythm.UnitTests.Protocol;

/// <summary>Activities as Teams sends them (ids shortened), including members OpsRhythm does not model.</summary>
internal static class TeamsActivitySamples
{
    public const string ChannelMessage = """
        {
          "text": "<at>OpsRhythm</at>&nbsp;月度计划",
          "textFormat": "plain",
          "attachments": [{ "contentType": "text/html", "content": "<div><at id=\"0\">OpsRhythm</at> 月度计划</div>" }],
          "type": "message",
          "timestamp": "2026-11-26T08:00:00.123Z",
          "localTimestamp": "2026-11-26T16:00:00.123+08:00",
          "id": "1764144000123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/apac/",
          "from": { "id": "29:1wang-min", "name": "王敏", "aadObjectId": "6a1f0c2e-0000-4000-8000-000000000000" },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "tenant-1",
            "id": "19:ops@thread.tacv2;messageid=1764144000000"
          },
          "recipient": { "id": "28:bot-app-id", "name": "OpsRhythm" },
          "entities": [
            { "mentioned": { "id": "28:bot-app-id", "name": "OpsRhythm" }, "text": "<at>OpsRhythm</at>", "type": "mention" },
            { "locale": "zh-CN", "country": "CN", "platform": "Web", "timezone": "Asia/Shanghai", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:ops@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:ops@thread.tacv2" },
            "team": { "id": "19:team@thread.tacv2" },
            "tenant": { "id": "tenant-1" }
          },
          "locale": "zh-CN",
          "localTimezone": "Asia/Shanghai",
          "callerId": "urn:botframework:azure",
          "deliveryMode": "normal"
        }
        """;

    public const string CardActionInvoke = """
        {
          "name": "adaptiveCard/action",
          "type": "invoke",
          "timestamp": "2026-11-26T08:05:00.5Z",
          "id": "f:6a1f0c2e",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/apac/",
          "from": { "id": "29:1li-qiang", "name": "李强", "aadObjectId": "7b2f0c2e-0000-4000-8000-000000000000" },
          "conversation": { "conversationType": "personal", "tenantId": "tenant-1", "id": "a:1personal" },
          "recipient": { "id": "28:bot-app-id", "name": "OpsRhythm" },
          "entities": [{ "locale": "en-US", "country": "US", "platform": "Windows", "timezone": "America/New_York", "type": "clientInfo" }],
          "channelData": { "tenant": { "id": "tenant-1" }, "source": { "name": "message" }, "legacy": { "replyToId": "1:abc" } },
          "replyToId": "1764144000999",
          "value": {
            "action": { "type": "Action.Execute", "id": "submit", "verb": "plan.submit", "data": { "id": "plan-1", "v": "\"etag-3\"", "target": "120" } },
            "trigger": "manual"
          },
          "locale": "en-US",
          "localTimezone": "America/New_York"
        }
        """;

    public const string MembersAdded = """
        {
          "membersAdded": [{ "id": "28:bot-app-id" }, { "id": "29:1zhang-wei", "aadObjectId": "8c3f0c2e-0000-4000-8000-000000000000" }],
          "type": "conversationUpdate",
          "timestamp": "2026-11-26T09:00:00Z",
          "id": "f:conversation-update",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/apac/",
          "from": { "id": "29:1wang-min", "aadObjectId": "6a1f0c2e-0000-4000-8000-000000000000" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "tenant-1", "id": "19:general@thread.tacv2" },
          "recipient": { "id": "28:bot-app-id", "name": "OpsRhythm" },
          "channelData": {
            "team": { "aadGroupId": "9d4f0c2e-0000-4000-8000-000000000000", "name": "OpsRhythm 运营", "id": "19:general@thread.tacv2" },
            "eventType": "teamMemberAdded",
            "tenant": { "id": "tenant-1" },
            "settings": { "selectedChannel": { "id": "19:general@thread.tacv2" } }
          }
        }
        """;
}
