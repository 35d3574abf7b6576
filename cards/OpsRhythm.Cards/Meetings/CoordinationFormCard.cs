using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings;

/// <summary>Asking for a coordination meeting: topic, people and/or departments, duration and the dates to look in.</summary>
public static class CoordinationFormCard
{
    public static AdaptiveCard Build(OrganisationProfile organisation, DateOnly today, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string? Typed(string key) => typed?.TryGetValue(key, out var value) == true && value.Length > 0 ? value : null;
        var body = new List<CardElement>
        {
            MeetingCardParts.Title(text["Meetings.Coordinate.Title"]),
            new TextBlock(text["Meetings.Coordinate.Intro"]) { IsSubtle = true },
        };
        body.AddRange(FieldInput.With(new InputText { Id = MeetingFields.Topic, Label = text["Meetings.Field.Topic"], Value = Typed(MeetingFields.Topic), MaxLength = CoordinationMachine.MaxTopicLength, IsRequired = true, ErrorMessage = text.Format("Meetings.Validation.Topic", CoordinationMachine.MaxTopicLength) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet([.. organisation.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id))])
        {
            Id = MeetingFields.People,
            Label = text["Meetings.Field.People"],
            Value = Typed(MeetingFields.People),
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Filtered,
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet([.. organisation.Departments.Where(d => d.HeadPersonId is not null).Select(d => new Choice(d.Name.For(text.Culture), d.Id))])
        {
            Id = MeetingFields.Departments,
            Label = text["Meetings.Field.Departments"],
            Value = Typed(MeetingFields.Departments),
            IsMultiSelect = true,
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputNumber
        {
            Id = MeetingFields.Duration,
            Label = text["Meetings.Field.Duration"],
            Value = double.TryParse(Typed(MeetingFields.Duration), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) ? minutes : 60,
            Min = CoordinationMachine.MinDurationMinutes,
            Max = CoordinationMachine.MaxDurationMinutes,
            IsRequired = true,
            ErrorMessage = text.Format("Meetings.Validation.Duration", CoordinationMachine.MinDurationMinutes, CoordinationMachine.MaxDurationMinutes),
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = MeetingFields.From, Label = text["Meetings.Field.From"], Value = Typed(MeetingFields.From) ?? Iso(today.AddDays(1)) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = MeetingFields.To, Label = text["Meetings.Field.To"], Value = Typed(MeetingFields.To) ?? Iso(today.AddDays(5)) }, rejection, text));
        if (error is not null)
        {
            body.Add(MeetingCardParts.Error(error));
        }
        else if (rejection is { Reason: not RejectionReason.InvalidInput })
        {
            body.Add(MeetingCardParts.Error(RejectionText.Describe(rejection, text)));
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Meetings.Coordinate.FindTimes"], MeetingVerbs.Propose)],
            FallbackText = text["Meetings.Coordinate.Title"],
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
