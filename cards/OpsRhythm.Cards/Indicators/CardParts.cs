using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Indicators;

/// <summary>Pieces the indicator, risk and improvement cards share: titles, tables, names, numbers.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None };

    public static TextBlock Notice(string text, TextColor color = TextColor.Attention) => new(text) { Color = color, Weight = TextWeight.Bolder };

    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CardElement>> rows) =>
        new(
            [.. widths.Select(w => new TableColumnDefinition(w))],
            [
                new TableRow([.. header.Select(h => new TableCell([new TextBlock(h) { Weight = TextWeight.Bolder }]))]) { Style = ContainerStyle.Emphasis },
                .. rows.Select(r => new TableRow([.. r.Select(c => new TableCell([c]))])),
            ])
        { ShowGridLines = true };

    public static TextBlock Cell(string text, TextColor? color = null) => new(text) { Color = color };

    public static string Name(LocalizedText? name, Localizer text) => name?.For(text.Culture) ?? "—";

    public static string PersonName(OrganisationProfile organisation, string? personId, Localizer text) =>
        personId is null ? "—" : organisation.FindPerson(personId)?.Name.For(text.Culture) ?? personId;

    public static string DepartmentName(OrganisationProfile organisation, string? departmentId, Localizer text) =>
        departmentId is null ? "—" : organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;

    /// <summary>A number for people: up to two decimals, in the reader's culture.</summary>
    public static string Number(double value, Localizer text) => value.ToString("#,0.##", text.Culture);

    public static string Number(double? value, Localizer text) => value is { } v ? Number(v, text) : text["Indicators.Missing"];

    public static string Signed(double value, Localizer text) => value.ToString("+#,0.##;-#,0.##;0", text.Culture);

    public static string Date(DateOnly date, Localizer text) => DisplayTime.Date(date, text);

    public static IReadOnlyList<Choice> PersonChoices(OrganisationProfile organisation, Localizer text, string? departmentId = null) =>
        [.. organisation.People
            .Where(p => departmentId is null || p.DepartmentId == departmentId)
            .Select(p => new Choice(p.Name.For(text.Culture), p.Id))];

    public static IReadOnlyList<Choice> DepartmentChoices(OrganisationProfile organisation, Localizer text, IReadOnlySet<string>? only = null) =>
        [.. organisation.Departments
            .Where(d => only is null || only.Contains(d.Id))
            .Select(d => new Choice(d.Name.For(text.Culture), d.Id))];

    public static IReadOnlyList<Choice> EnumChoices<T>(Localizer text, string prefix)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new Choice(text[$"{prefix}.{v}"], v.ToString()))];

    public static ActionSet Buttons(params CardAction[] actions) => new(actions);

    public static string? Value(IReadOnlyDictionary<string, string>? typed, string key) =>
        typed is not null && typed.TryGetValue(key, out var value) ? value : null;
}
