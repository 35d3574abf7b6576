using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.ExternalCommunication;

/// <summary>A department's open follow-ups with customers and partners, soonest first; those past their date in red.</summary>
public static class ExternalFollowUpListCard
{
    /// <summary>Rows shown, and how much of each text a row shows, so the longest list stays under Teams' card size limit.</summary>
    public const int MaxRows = 30;

    private const int CounterpartShown = 30;
    private const int NoteShown = 40;

    public static AdaptiveCard Build(string departmentId, IReadOnlyList<ExternalFollowUp> followUps, DateOnly today, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = CardParts.DepartmentName(organisation, departmentId, text);
        var open = followUps.Where(f => f.State == ExternalFollowUpState.Open).OrderBy(f => f.Date).ThenBy(f => f.Counterpart, StringComparer.Ordinal).ToList();
        var title = text.Format("ExternalCommunication.List.Title", department, open.Count);
        var body = new List<CardElement> { CardParts.Title(title) };
        if (open.Count == 0)
        {
            body.Add(CardParts.Subtle(text["ExternalCommunication.List.Empty"]));
        }
        else
        {
            body.Add(CardParts.Table(
                [2, 2, 3, 4, 2],
                [text["ExternalCommunication.Field.Date"], text["ExternalCommunication.Field.Kind"], text["ExternalCommunication.Field.Counterpart"], text["ExternalCommunication.Field.Note"], text["ExternalCommunication.Field.Owner"]],
                open.Take(MaxRows).Select(f => (IReadOnlyList<CardElement>)
                [
                    f.Date < today
                        ? CardParts.Cell($"{CardParts.Date(f.Date, text)} {text["ExternalCommunication.List.Overdue"]}", TextColor.Attention)
                        : CardParts.Cell(CardParts.Date(f.Date, text)),
                    CardParts.Cell(text[$"ExternalCommunication.Kind.{f.Kind}"]),
                    CardParts.Cell(Excerpt(f.Counterpart, CounterpartShown)),
                    new TextBlock(Excerpt(f.Note, NoteShown)) { MaxLines = 2 },
                    CardParts.Cell(CardParts.PersonName(organisation, f.OwnerPersonId, text)),
                ])));
            if (open.Count > MaxRows)
            {
                body.Add(CardParts.Subtle(text.Format("ExternalCommunication.List.More", open.Count - MaxRows)));
            }
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["ExternalCommunication.List.New"], ExternalCommunicationVerbs.Form, extra: new Dictionary<string, string>(StringComparer.Ordinal) { [ExternalCommunicationFields.Department] = departmentId }),
            ],
            FallbackText = title,
        };
    }

    /// <summary>The text's start with an ellipsis when longer (the follow-up's own card shows it whole).</summary>
    private static string Excerpt(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
