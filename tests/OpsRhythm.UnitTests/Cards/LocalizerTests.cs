using OpsRhythm.Cards.Localization;

namespace OpsRhythm.UnitTests.Cards;

public sealed class LocalizerTests
{
    [Theory]
    [InlineData("en-US", "OpsRhythm")]
    [InlineData("en-GB", "OpsRhythm")]
    [InlineData("zh-CN", "运营节拍 OpsRhythm")]
    [InlineData(null, "运营节拍 OpsRhythm")]
    [InlineData("fr-FR", "运营节拍 OpsRhythm")]
    public void For_Locale_PicksLanguageWithChineseAsDefault(string? locale, string expected) =>
        Assert.Equal(expected, Localizer.For(locale)["Common.AppName"]);

    [Fact]
    public void Get_MissingKey_Throws() =>
        Assert.Throws<MissingTextException>(() => Localizer.EnUs["Common.NoSuchText"]);
}
