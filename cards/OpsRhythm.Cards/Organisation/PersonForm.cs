using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Cards.Organisation;

/// <summary>Add or edit a person: id (fixed once created), names, Teams account, department, roles.</summary>
public static class PersonForm
{
    public static AdaptiveCard Build(OrganisationFormView<PersonEdit> view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var values = view.Values;
        var body = new List<CardElement> { Title(text[values.IsNew ? "Organisation.NewPerson" : "Organisation.EditPerson"]) };
        body.AddRange(Notice(view.Notice));
        if (values.IsNew)
        {
            body.AddRange(FieldInput.With(new InputText { Id = F.PersonId, Label = text["Organisation.Id"], Value = values.Id, Placeholder = "li-qiang", IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = 40 }, view.Rejection, text));
        }
        else
        {
            body.Add(new FactSet([new Fact(text["Organisation.Id"], values.Id)]));
        }

        body.AddRange(FieldInput.With(new InputText { Id = F.PersonNameZh, Label = text["Organisation.NameZh"], Value = values.NameZh, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, view.Rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = F.PersonNameEn, Label = text["Organisation.NameEn"], Value = values.NameEn, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"], MaxLength = OrganisationAdministration.MaxNameLength }, view.Rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = F.PersonTeamsId, Label = text["Organisation.TeamsId"], Value = values.TeamsUserId, Placeholder = "29:…" }, view.Rejection, text));
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. view.Profile.Departments.Select(d => new Choice(d.Name.For(text.Culture), d.Id))])
            {
                Id = F.PersonDepartment,
                Label = text["Organisation.Department"],
                Value = values.DepartmentId,
                Placeholder = text["Organisation.None"],
            },
            view.Rejection,
            text));
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. Enum.GetValues<Role>().Where(r => r != Role.None).Select(r => new Choice(text[$"Common.Role.{r}"], r.ToString()))])
            {
                Id = F.PersonRoles,
                Label = text["Organisation.Roles"],
                Value = RoleValues(values.Roles),
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
            },
            view.Rejection,
            text));

        var extra = new Dictionary<string, string> { [OrganisationVerbs.ModeKey] = values.IsNew ? OrganisationVerbs.NewMode : OrganisationVerbs.EditMode };
        if (!values.IsNew)
        {
            extra[F.PersonId] = values.Id;
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Organisation.Save"], OrganisationVerbs.SavePerson, OrganisationVerbs.EntityId, view.Version, extra), Back(view.Version, text)],
            FallbackText = text["Organisation.EditPerson"],
            Lang = text.Culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>A multi-select choice set's value: the chosen values joined by commas.</summary>
    public static string RoleValues(Role roles) =>
        string.Join(',', Enum.GetValues<Role>().Where(r => r != Role.None && roles.HasFlag(r)));
}
