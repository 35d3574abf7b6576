using OpsRhythm.Bot.Extension;

namespace OpsRhythm.UnitTests.Extension;

/// <summary>A Teams message's HTML as the text a dialog is prefilled with, within the field's server-side limit.</summary>
public sealed class ExtensionTextTests
{
    [Fact]
    public void FromMessage_Html_KeepsLineBreaksDropsTagsAttachmentsAndScriptsDecodesEntities()
    {
        var html = "<p>华东渠道商&nbsp;<b>拖欠货款</b>&amp;退货</p><div>请<i>跟进</i><br/>谢谢</div><attachment id=\"1\">卡片</attachment><script>alert(1)</script>";

        var text = ExtensionText.FromMessage(html, "html", 300);

        Assert.Equal("华东渠道商 拖欠货款&退货\n请跟进\n谢谢", text);
    }

    [Fact]
    public void FromMessage_PlainText_IsNotTreatedAsHtml()
    {
        Assert.Equal("a <b> c", ExtensionText.FromMessage("a <b>   c", "text", 300));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromMessage_NoContent_Empty(string? content)
    {
        Assert.Equal(string.Empty, ExtensionText.FromMessage(content, "html", 300));
    }

    [Fact]
    public void FromMessage_LongerThanTheLimit_CutToExactlyTheLimitWithAnEllipsis()
    {
        var text = ExtensionText.FromMessage(new string('长', 500), "html", 300);

        Assert.Equal(300, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, "aaaaaaaa…")]
    [InlineData(7, "aaaaaaa😀…")]
    public void FromMessage_CutNearASurrogatePair_NeverLeavesHalfACharacter(int letters, string expected)
    {
        var text = ExtensionText.FromMessage(new string('a', letters) + string.Concat(Enumerable.Repeat("😀", 10)), "text", 10);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Headline_FirstLineAtMostEightyCharacters()
    {
        Assert.Equal("第一行", ExtensionText.Headline("第一行\n第二行"));
        Assert.Equal(ExtensionText.HeadlineLength, ExtensionText.Headline(new string('x', 200)).Length);
    }
}
