using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>The stand-in card: nobody standing in, many stand-ins for the ops office, field errors, a head's own form.</summary>
public sealed class StandInCardSamples : ICardSamples
{
    private static readonly DateOnly Today = new(2026, 12, 20);

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = Turns.SampleOrganisation.Load();
        var everyone = StandInAdministration.PrincipalsFor(org, org.FindPerson("wang-min")!);
        yield return new("standins/none-ops", StandInCard.Build(new StandInView(org, "etag", everyone, Today), text));
        var many = org with
        {
            StandIns = [.. org.Departments.Select((d, i) => new StandIn(StandInKind.Department, d.Id, org.People[org.People.Count - 1 - i].Id, Today, Today.AddDays(30 + i))),
                new StandIn(StandInKind.Approval, "chen-jing", "li-qiang", Today, Today.AddDays(9))],
        };
        yield return new("standins/many-ops", StandInCard.Build(new StandInView(many, "etag", everyone, Today) { Notice = text["StandIn.Saved"] }, text));
        var errors = Rejection.Invalid(new Dictionary<string, FieldError>
        {
            [StandInFields.Deputy] = new("StandIn.Error.SelfDeputy"),
            [StandInFields.Until] = new("StandIn.Error.TooLong", StandInAdministration.MaxDays),
        });
        yield return new("standins/errors-head", StandInCard.Build(new StandInView(many, "etag", ["dept:sales"], Today) { Rejection = errors }, text));
        yield return new("standins/employee", StandInCard.Build(new StandInView(many, "etag", [], Today), text));
    }
}
