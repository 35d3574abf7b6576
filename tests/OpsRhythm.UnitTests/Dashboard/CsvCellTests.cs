using OpsRhythm.Bot.Dashboard;

namespace OpsRhythm.UnitTests.Dashboard;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+86 21 5555")]
    [InlineData("-1+1")]
    [InlineData("@cmd")]
    [InlineData("\tindent")]
    public void Text_StartsLikeAFormula_GetsALeadingApostrophe(string value) =>
        Assert.Equal("'" + value, CsvCell.Text(value).Value);

    [Fact]
    public void Text_Chinese_Unchanged() => Assert.Equal("销售部", CsvCell.Text("销售部").Value);

    [Fact]
    public void Number_Negative_NotEscaped() => Assert.Equal("-12.5", CsvCell.Number(-12.5).Value);

    [Fact]
    public void Number_Missing_Empty() => Assert.Equal(string.Empty, CsvCell.Number(null).Value);

    [Fact]
    public void Quoted_QuoteCommaAndLineBreak_StayInOneField() =>
        Assert.Equal("\"他说\"\"好\"\",\r\n再见\"", CsvCell.Text("他说\"好\",\r\n再见").Quoted);
}
