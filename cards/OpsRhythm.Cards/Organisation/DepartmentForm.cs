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
    private static readonly EntityFields Fields = new(F.DepartmentId, F.DepartmentNameZh, F.DepartmentNameEn, "sales");

    public static AdaptiveCard Build(OrganisationFormView<DepartmentEdit> view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var values = view.Values;
        var body = Header(text[values.IsNew ? "Organisation.NewDepartment" : "Organisation.EditDepartment"], view.Notice);
        body.AddRange(IdAndNames(Fields, values.IsNew, values.Id, values.NameZh, values.NameEn, view.Rejection, text));
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
        body.AddRange(FieldInput.With(ChannelInput(view.Profile, F.DepartmentChannel, text["Organisation.Channel"], values.ChannelId, text), view.Rejection, text));
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. view.Profile.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id))])
            {
                Id = F.DepartmentMembers,
                Label = text["Organisation.Members"],
                Value = string.Join(',', values.MemberIds ?? [.. view.Profile.MembersOf(values.Id).Select(p => p.Id)]),
                IsMultiSelect = true,
                Placeholder = text["Organisation.None"],
            },
            view.Rejection,
            text));

        return Form(body, OrganisationVerbs.SaveDepartment, view.Version, SaveData(Fields, values.IsNew, values.Id), text["Organisation.EditDepartment"], text);
    }
}
