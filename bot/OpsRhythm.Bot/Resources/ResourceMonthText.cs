using System.Globalization;

namespace OpsRhythm.Bot.Resources;

/// <summary>A month as the card and the chat write it: "2027-01".</summary>
internal static class ResourceMonthText
{
    public static bool TryParse(string? text, out int year, out int month)
    {
        year = 0;
        month = 0;
        var value = text?.Trim() ?? string.Empty;
        return value.Length == 7 && value[4] == '-'
            && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2999
            && int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12;
    }
}
