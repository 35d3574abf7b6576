using OpsRhythm.Bot.Hosting.Telemetry;

namespace OpsRhythm.UnitTests.Operations;

/// <summary>The rule of docs/operations.md: ids leave the process hashed, the bot's own words as they are.</summary>
public sealed class TelemetryRedactionTests
{
    [Fact]
    public void Hash_SameId_SameShortHash_WithoutTheId()
    {
        var hash = PersonalData.Hash("a:1secret-conversation");

        Assert.Equal(hash, PersonalData.Hash("a:1secret-conversation"));
        Assert.Matches("^#[0-9a-f]{12}$", hash);
        Assert.NotEqual(hash, PersonalData.Hash("a:1other-conversation"));
    }

    [Theory]
    [InlineData("/v3/conversations/a%3A1secret/activities/17", "/v3/conversations/{0}/activities/{1}")]
    [InlineData("/v1.0/users/0f6b3c1e-1111-2222-3333-444455556666/teamwork/sendActivityNotification", "/v1.0/users/{0}/teamwork/sendActivityNotification")]
    public void RedactPath_IdSegments_Hashed_WordsKept(string path, string expectedShape)
    {
        var redacted = DependencyUrls.RedactPath(path);

        var ids = path.Split('/').Where(s => s.Length > 0 && !expectedShape.Contains("/" + s, StringComparison.Ordinal)).Select(s => PersonalData.Hash(Uri.UnescapeDataString(s))).ToArray();
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expectedShape, ids), redacted);
        Assert.DoesNotContain("secret", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_LogAttributes_KeepsTheBotsWordsAndNumbers_HashesEverythingElse()
    {
        Assert.Equal("weekly-status-digest", LogAttributeRedactor.Redact("Job", "weekly-status-digest"));
        Assert.Equal(3, LogAttributeRedactor.Redact("Attempts", 3));
        Assert.Equal(PersonalData.Hash("29:user"), LogAttributeRedactor.Redact("PersonId", "29:user"));
        Assert.Equal(PersonalData.Hash("plan.forged"), LogAttributeRedactor.Redact("Verb", "plan.forged"));
        Assert.Null(LogAttributeRedactor.Redact("ConversationId", null));
    }
}
