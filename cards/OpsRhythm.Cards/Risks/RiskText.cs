using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>How risk levels read and look.</summary>
internal static class RiskText
{
    public static string Level(RiskLevel level, Localizer text) => text[$"Risks.Level.{level}"];

    /// <summary>Four levels, four looks: 极高 red, 高 amber, 中 grey, 低 green (the office told 高 and 极高 apart only by colour).</summary>
    public static ContainerStyle Style(RiskLevel level) => level switch
    {
        RiskLevel.Critical => ContainerStyle.Attention,
        RiskLevel.High => ContainerStyle.Warning,
        RiskLevel.Medium => ContainerStyle.Emphasis,
        _ => ContainerStyle.Good,
    };

    public static TextColor Color(RiskLevel level) => level switch
    {
        RiskLevel.Critical => TextColor.Attention,
        RiskLevel.High => TextColor.Warning,
        RiskLevel.Medium => TextColor.Default,
        _ => TextColor.Good,
    };
}
