using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>How risk levels read and look.</summary>
internal static class RiskText
{
    public static string Level(RiskLevel level, Localizer text) => text[$"Risks.Level.{level}"];

    public static ContainerStyle Style(RiskLevel level) => level switch
    {
        RiskLevel.Critical or RiskLevel.High => ContainerStyle.Attention,
        RiskLevel.Medium => ContainerStyle.Warning,
        _ => ContainerStyle.Good,
    };

    public static TextColor Color(RiskLevel level) => level switch
    {
        RiskLevel.Critical or RiskLevel.High => TextColor.Attention,
        RiskLevel.Medium => TextColor.Warning,
        _ => TextColor.Good,
    };
}
