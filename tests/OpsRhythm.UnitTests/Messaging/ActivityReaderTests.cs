using System.Text;
using OpsRhythm.Bot.Messaging;

namespace OpsRhythm.UnitTests.Messaging;

public sealed class ActivityReaderTests
{
    private const string Valid = """{"type":"message","text":"帮助","serviceUrl":"http://localhost:56150/_connector","from":{"id":"user-id-0"},"conversation":{"id":"c1"},"recipient":{"id":"bot"},"futureField":{"kept":true}}""";

    [Fact]
    public void Parse_TeamsMessage_ReadsItAndKeepsUnknownProperties()
    {
        var result = ActivityReader.Parse(Encoding.UTF8.GetBytes(Valid));

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("帮助", result.Activity?.Text);
        Assert.True(result.Activity?.Extra?.ContainsKey("futureField"));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("""{"text":"no type","serviceUrl":"http://x/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"","serviceUrl":"http://x/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":42,"serviceUrl":"http://x/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"file:///etc/passwd","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://x/","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://x/","from":{"id":"u"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://x/","from":{"id":"u"},"conversation":{"id":"c"},"timestamp":"yesterday"}""")]
    public void Parse_NotAnAnswerableActivity_IsMalformed(string body) =>
        Assert.Equal(400, ActivityReader.Parse(Encoding.UTF8.GetBytes(body)).StatusCode);

    [Fact]
    public void Parse_InvalidUtf8InAString_IsMalformed()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"typing","serviceUrl":"http://x/","from":{"id":"u"},"conversation":{"id":"c"}}""").ToList();
        body.InsertRange(11, new byte[] { 0xF4, 0x90, 0x80, 0x80 });

        Assert.Equal(400, ActivityReader.Parse(body.ToArray()).StatusCode);
    }
}
