using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Organisation;

/// <summary>Pieces shared by the organisation card and its forms.</summary>
internal static class OrganisationCardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static IEnumerable<CardElement> Notice(string? notice)
    {
        if (notice is not null)
        {
            yield return new TextBlock(notice) { Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }
    }

    /// <summary>"Back" to the organisation card without sending (or validating) the form's inputs.</summary>
    public static ExecuteAction Back(string version, Localizer text) =>
        ActionData.Execute(text["Organisation.Back"], OrganisationVerbs.Show, OrganisationVerbs.EntityId, version) with { AssociatedInputs = "none" };

    /// <summary>A form's opening: its title and the notice, if any.</summary>
    public static List<CardElement> Header(string title, string? notice) => [Title(title), .. Notice(notice)];

    /// <summary>
    /// The id and the names of a department or a person: the id is typed when adding and shown as a
    /// fact once created (ids are references elsewhere and never change), the names in both languages.
    /// </summary>
    public static IEnumerable<CardElement> IdAndNames(EntityFields fields, bool isNew, string id, string? nameZh, string? nameEn, Rejection? rejection, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(text);
        var elements = new List<CardElement>();
        if (isNew)
        {
            elements.AddRange(FieldInput.With(new InputText { Id = fields.Id, Label = text["Organisation.Id"], Value = id, Placeholder = fields.IdPlaceholder, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = 40 }, rejection, text));
        }
        else
        {
            elements.Add(new FactSet([new Fact(text["Organisation.Id"], id)]));
        }

        elements.AddRange(FieldInput.With(new InputText { Id = fields.NameZh, Label = text["Organisation.NameZh"], Value = nameZh, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, rejection, text));
        elements.AddRange(FieldInput.With(new InputText { Id = fields.NameEn, Label = text["Organisation.NameEn"], Value = nameEn, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, rejection, text));
        return elements;
    }

    /// <summary>The save button's extra data: new or edit, and for an edit the id the input no longer carries.</summary>
    public static Dictionary<string, string> SaveData(EntityFields fields, bool isNew, string id)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var extra = new Dictionary<string, string> { [OrganisationVerbs.ModeKey] = isNew ? OrganisationVerbs.NewMode : OrganisationVerbs.EditMode };
        if (!isNew)
        {
            extra[fields.Id] = id;
        }

        return extra;
    }

    /// <summary>A form card: its body, Save (with the version it was drawn from) and Back.</summary>
    public static AdaptiveCard Form(List<CardElement> body, string saveVerb, string version, IReadOnlyDictionary<string, string>? saveData, string fallbackText, Localizer text) =>
        new(body)
        {
            Actions = [ActionData.Execute(text["Organisation.Save"], saveVerb, OrganisationVerbs.EntityId, version, saveData), Back(version, text)],
            FallbackText = fallbackText,
            Lang = text.Culture.TwoLetterISOLanguageName,
        };

    /// <summary>
    /// A channel input: a searchable list of the team's channels by name once they are imported (the
    /// current value kept even if the channel is gone), a text box for an organisation written by hand.
    /// </summary>
    public static InputElement ChannelInput(OrganisationProfile profile, string id, string label, string? value, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(text);
        if (profile.Channels.Count == 0)
        {
            return new InputText { Id = id, Label = label, Value = value, Placeholder = "19:…@thread.tacv2", MaxLength = OrganisationAdministration.MaxChannelLength };
        }

        var choices = profile.Channels.Select(c => new Choice(c.Name, c.Id)).ToList();
        if (value is not null && choices.All(c => c.Value != value))
        {
            choices.Add(new Choice(value, value));
        }

        return new InputChoiceSet(choices) { Id = id, Label = label, Value = value, Placeholder = text["Organisation.None"], Style = ChoiceInputStyle.Filtered };
    }

    /// <summary>A channel by its imported name where the team's channels are known, else its id.</summary>
    public static string ChannelName(OrganisationProfile profile, string? channelId, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Channels.FirstOrDefault(c => c.Id == channelId)?.Name ?? OrNone(channelId, text);
    }

    public static string OrNone(string? value, Localizer text) => string.IsNullOrEmpty(value) ? text["Organisation.None"] : value;
}

/// <summary>The input ids of an entity's id and names on its form, and the id's example.</summary>
internal sealed record EntityFields(string Id, string NameZh, string NameEn, string IdPlaceholder);
