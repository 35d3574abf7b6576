using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

/// <summary>
/// The one rule for a recipient's language: what they typed in (remembered) wins over their recorded
/// locale, which wins over the organisation's default; channels and unknown people read the default.
/// </summary>
public sealed class RecipientLanguagesTests
{
    private static readonly OrganisationProfile Company = new()
    {
        CompanyName = new LocalizedText("华彩", "Huacai"),
        DefaultLanguage = "zh-CN",
        People =
        [
            new Person("typed", new LocalizedText("甲", "A")) { Locale = "zh-CN" },
            new Person("recorded", new LocalizedText("乙", "B")) { Locale = "en-US" },
            new Person("nothing", new LocalizedText("丙", "C")),
        ],
    };

    private static readonly RecipientLanguages Languages = new(Company, new Dictionary<string, string>(StringComparer.Ordinal) { ["typed"] = "en-US" });

    [Theory]
    [InlineData("typed", true)]
    [InlineData("recorded", true)]
    [InlineData("nothing", false)]
    [InlineData("not-in-the-organisation", false)]
    public void For_APerson_RememberedThenRecordedThenTheDefault(string personId, bool english) =>
        Assert.Equal(english, Languages.For(personId).IsEnglish);

    [Fact]
    public void Shared_IsTheOrganisationsDefault_WhateverAnyoneTyped()
    {
        Assert.False(Languages.Shared.IsEnglish);
        Assert.True(new RecipientLanguages(Company with { DefaultLanguage = "en-US" }, new Dictionary<string, string>()).Shared.IsEnglish);
    }

    [Fact]
    public async Task With_WhatSomeoneJustTyped_DecidesFromThenOn()
    {
        var languages = await new InMemoryPersonLanguages().ForAsync(Company, CancellationToken.None);

        Assert.True(languages.With("nothing", "en-US").For("nothing").IsEnglish);
        Assert.False(languages.For("nothing").IsEnglish);
    }
}
