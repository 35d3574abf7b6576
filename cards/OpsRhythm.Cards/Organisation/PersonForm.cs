using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Cards.Organisation;

/// <summary>Add or edit a person: id (fixed once created), names, department, roles; the Teams account is shown, from the roster.</summary>
public static class PersonForm
{
    private static readonly EntityFields Fields = new(F.PersonId, F.PersonNameZh, F.PersonNameEn, "li-qiang");

    public static AdaptiveCard Build(OrganisationFormView<PersonEdit> view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var values = view.Values;
        var body = Header(text[values.IsNew ? "Organisation.NewPerson" : "Organisation.EditPerson"], view.Notice);
        body.AddRange(IdAndNames(Fields, values.IsNew, values.Id, values.NameZh, values.NameEn, view.Rejection, text));
        if (view.Profile.FindPerson(values.Id) is { } known && !values.IsNew)
        {
            // The Teams account comes from the team's roster, never typed: shown so the administrator can tell people apart.
            var unknown = text["Organisation.None"];
            body.Add(new FactSet(
            [
                new Fact(text["Organisation.Email"], known.Email ?? unknown),
                new Fact(text["Organisation.AadObjectId"], known.AadObjectId ?? unknown),
            ]));
        }

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

        return Form(body, OrganisationVerbs.SavePerson, view.Version, SaveData(Fields, values.IsNew, values.Id), text["Organisation.EditPerson"], text);
    }

    /// <summary>A multi-select choice set's value: the chosen values joined by commas.</summary>
    public static string RoleValues(Role roles) =>
        string.Join(',', Enum.GetValues<Role>().Where(r => r != Role.None && roles.HasFlag(r)));
}
