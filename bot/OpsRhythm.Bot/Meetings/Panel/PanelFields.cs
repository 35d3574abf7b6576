using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The names of the panel forms' fields (the page's input names and the keys of the field errors it is sent),
/// and the minutes machine's input ids they stand for, so the machine's field errors land beside the panel's fields.
/// </summary>
internal static class PanelFields
{
    public const string DecisionText = "text";
    public const string Title = "title";
    public const string Owner = "owner";
    public const string Deadline = "deadline";
    public const string Link = "link";

    public static string Of(string machineField) => machineField switch
    {
        ActionItemFields.Text => Title,
        ActionItemFields.Owner => Owner,
        ActionItemFields.Deadline => Deadline,
        ActionItemFields.Department => Link,
        ActionItemFields.Decision => DecisionText,
        _ => machineField,
    };
}
