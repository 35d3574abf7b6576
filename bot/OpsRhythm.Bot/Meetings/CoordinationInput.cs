using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings;

/// <summary>The coordination cards' inputs read into typed commands; what they mean for the organisation is <see cref="CoordinationMachine"/>'s to judge.</summary>
internal static class CoordinationInput
{
    /// <summary>The request form: ids split, the duration and dates read (null where they cannot be).</summary>
    public static CoordinationRequest Request(CardTurn card)
    {
        return new CoordinationRequest(
            card.Value(MeetingFields.Topic),
            Ids(card.Value(MeetingFields.People)),
            Ids(card.Value(MeetingFields.Departments)),
            int.TryParse(card.Value(MeetingFields.Duration), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) ? minutes : null,
            Date(card.Value(MeetingFields.From)),
            Date(card.Value(MeetingFields.To)));
    }

    /// <summary>A slot button's index; anything but a number is no slot.</summary>
    public static CommandRead<PickSlot> Pick(string? slot) =>
        int.TryParse(slot, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            ? CommandRead.Ok(new PickSlot(index))
            : CommandRead.Error<PickSlot>(MeetingFields.Slot, new FieldError(CoordinationMachine.SlotError));

    private static string[] Ids(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
