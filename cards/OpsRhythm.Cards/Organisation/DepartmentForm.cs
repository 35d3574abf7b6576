using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Cards.Organisation;

/// <summary>Add or edit a department: id (fixed once created), names in both languages, head, channel.</summary>
public static class DepartmentForm
{
    public static AdaptiveCard Build(OrganisationFormView<DepartmentEdit> view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var values = view.Values;
        var body = new List<CardElement> { Title(text[values.IsNew ? "Organisation.NewDepartment" : "Organisation.EditDepartment"]) };
        body.AddRange(Notice(view.Notice));
        if (values.IsNew)
        {
            body.AddRange(FieldInput.With(new InputText { Id = F.DepartmentId, Label = text["Organisation.Id"], Value = values.Id, Placeholder = "sales", IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = 40 }, view.Rejection, text));
        }
        else
        {
            body.Add(new FactSet([new Fact(text["Organisation.Id"], values.Id)]));
        }

        body.AddRange(FieldInput.With(new InputText { Id = F.DepartmentNameZh, Label = text["Organisation.NameZh"], Value = values.NameZh, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, view.Rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = F.DepartmentNameEn, Label = text["Organisation.NameEn"], Value = values.NameEn, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, view.Rejection, text));
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. view.Profile.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id))])
            {
                Id = F.DepartmentHead,
                Label = text["Organisation.Head"],
                Value = values.HeadPersonId,
                Placeholder = text["Organisation.None"],
                Style = ChoiceInputStyle.Filtered,
            },
            view.Rejection,
            text));
        body.AddRange(FieldInput.With(new InputText { Id = F.DepartmentChannel, Label = text["Organisation.Channel"], Value = values.ChannelId, Placeholder = "19:…@thread.tacv2", MaxLength = OrganisationAdministration.MaxChannelLength }, view.Rejection, text));

        var extra = new Dictionary<string, string> { [OrganisationVerbs.ModeKey] = values.IsNew ? OrganisationVerbs.NewMode : OrganisationVerbs.EditMode };
        if (!values.IsNew)
        {
            extra[F.DepartmentId] = values.Id;
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Organisation.Save"], OrganisationVerbs.SaveDepartment, OrganisationVerbs.EntityId, view.Version, extra), Back(view.Version, text)],
            FallbackText = text["Organisation.EditDepartment"],
            Lang = text.Culture.TwoLetterISOLanguageName,
        };
    }
}
