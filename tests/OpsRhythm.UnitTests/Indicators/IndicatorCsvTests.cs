using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class IndicatorCsvTests
{
    private static readonly Department[] Departments =
    [
        new("sales", new("销售部", "Sales")) { HeadPersonId = "li-qiang" },
        new("hr", new("人力资源部", "HR")) { HeadPersonId = "zhao-li" },
    ];

    private static readonly HashSet<string> OnlySales = ["sales"];

    private static IndicatorCsvResult Parse(string text) => IndicatorCsv.Parse(text, IndicatorCatalog.Seed, Departments, OnlySales);

    [Fact]
    public void Parse_HeaderAndRowsInBothLanguages_AllRowsValid()
    {
        var result = Parse("department,indicator,period,value\nsales,sales,2026-M03,120.5\n销售部，客户投诉率，2026-M03，2.5%\nSales\tCustomer satisfaction\t2026-Q1\t91");

        Assert.True(result.IsValid);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(2.5, result.Rows[1].Value);
        Assert.Equal("customer-satisfaction", result.Rows[2].Indicator.Id);
        Assert.Equal(4, result.Rows[2].Line);
    }

    [Fact]
    public void Parse_EachBadRow_OneErrorWithItsLine()
    {
        var result = Parse(string.Join('\n',
            "sales,sales,2026-M03,100",
            "sales,sales,2026-M03",
            "nowhere,sales,2026-M03,1",
            "hr,sales,2026-M03,1",
            "sales,no-such,2026-M03,1",
            "sales,sales,2026-13,1",
            "sales,sales,2026-Q1,1",
            "sales,sales,2026-M04,abc",
            "sales,sales,2026-M03,101"));

        Assert.False(result.IsValid);
        Assert.Single(result.Rows);
        Assert.Equal(
            [
                (2, "Indicators.Csv.ColumnCount"), (3, "Indicators.Csv.UnknownDepartment"), (4, "Indicators.Csv.NotYourDepartment"),
                (5, "Indicators.Csv.UnknownIndicator"), (6, "Indicators.Csv.BadPeriod"), (7, "Indicators.Csv.WrongFrequency"),
                (8, "Indicators.Csv.NotANumber"), (9, "Indicators.Csv.Duplicate"),
            ],
            result.Errors.Select(e => (e.Line, e.TextKey)));
    }

    [Fact]
    public void Parse_Blank_EmptyError()
    {
        var result = Parse("  \n\n");

        Assert.Equal("Indicators.Csv.Empty", Assert.Single(result.Errors).TextKey);
    }

    [Fact]
    public void Parse_TooManyRows_RejectedWhole()
    {
        var text = string.Join('\n', Enumerable.Range(0, IndicatorCsv.MaxRows + 2).Select(_ => "sales,sales,2026-M03,1"));

        Assert.Equal("Indicators.Csv.TooManyRows", Assert.Single(Parse(text).Errors).TextKey);
    }
}
