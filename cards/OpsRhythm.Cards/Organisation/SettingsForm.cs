using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Cards.Organisation;

/// <summary>The organisation-wide settings: ops office channel, announcement channel, time zone.</summary>
public static class SettingsForm
{
    public static AdaptiveCard Build(OrganisationFormView<SettingsEdit> view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var values = view.Values;
        var body = Header(text["Organisation.Settings"], view.Notice);
        body.AddRange(FieldInput.With(ChannelInput(view.Profile, F.OpsChannel, text["Organisation.OpsChannel"], values.OpsChannelId, text), view.Rejection, text));
        body.AddRange(FieldInput.With(ChannelInput(view.Profile, F.AnnouncementChannel, text["Organisation.AnnouncementChannel"], values.AnnouncementChannelId, text), view.Rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = F.TimeZone, Label = text["Organisation.TimeZone"], Value = values.TimeZone, Placeholder = OrganisationProfile.DefaultTimeZone, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"] }, view.Rejection, text));
        body.Add(new TextBlock(text["Organisation.TimeZoneHint"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. OrganisationProfile.Languages.Select(l => new Choice(text[$"Organisation.Language.{l}"], l))])
            {
                Id = F.DefaultLanguage,
                Label = text["Organisation.DefaultLanguage"],
                Value = values.DefaultLanguage ?? view.Profile.DefaultLanguage,
                IsRequired = true,
                ErrorMessage = text["Organisation.Error.Required"],
            },
            view.Rejection,
            text));
        body.Add(new TextBlock(text["Organisation.DefaultLanguageHint"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        return Form(body, OrganisationVerbs.SaveSettings, view.Version, null, text["Organisation.Settings"], text);
    }
}
