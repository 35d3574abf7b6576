using System.Globalization;

namespace OpsRhythm.Domain.Organisation;

/// <summary>A name kept in both of the company's languages (department names, indicator names...).</summary>
public sealed record LocalizedText(string ZhCn, string EnUs)
{
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" ? EnUs : ZhCn;
    }

    public override string ToString() => ZhCn;
}
