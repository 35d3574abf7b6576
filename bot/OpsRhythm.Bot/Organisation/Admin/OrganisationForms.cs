using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>The organisation's maintenance forms, drawn on a stored profile with what is being edited (typed values are kept on a redraw).</summary>
internal static class OrganisationForms
{
    public static CardActionResult Department(Localizer text, StoredDocument<OrganisationProfile> stored, DepartmentEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(DepartmentForm.Build(new OrganisationFormView<DepartmentEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, text));

    public static CardActionResult Person(Localizer text, StoredDocument<OrganisationProfile> stored, PersonEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(PersonForm.Build(new OrganisationFormView<PersonEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, text));

    public static CardActionResult Settings(Localizer text, StoredDocument<OrganisationProfile> stored, SettingsEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(SettingsForm.Build(new OrganisationFormView<SettingsEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, text));

    public static DepartmentEdit DepartmentToEdit(OrganisationProfile profile, string? departmentId) =>
        departmentId is not null && profile.FindDepartment(departmentId) is { } d
            ? new DepartmentEdit(d.Id, d.Name.ZhCn, d.Name.EnUs, d.HeadPersonId, d.ChannelId, IsNew: false)
            : new DepartmentEdit(string.Empty, string.Empty, string.Empty, null, null, IsNew: true);

    public static PersonEdit PersonToEdit(OrganisationProfile profile, string? personId) =>
        personId is not null && profile.FindPerson(personId) is { } p
            ? new PersonEdit(p.Id, p.Name.ZhCn, p.Name.EnUs, p.TeamsUserId, p.DepartmentId, p.Roles, IsNew: false)
            : new PersonEdit(string.Empty, string.Empty, string.Empty, null, null, Role.Employee, IsNew: true);

    public static SettingsEdit SettingsToEdit(OrganisationProfile profile) =>
        new(profile.OpsChannelId, profile.AnnouncementChannelId, profile.TimeZone, profile.DefaultLanguage);
}
