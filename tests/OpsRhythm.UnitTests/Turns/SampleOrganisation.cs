using System.Text.Json;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>The organisation the bot ships with, read the way the seed reads it.</summary>
internal static class SampleOrganisation
{
    public static OrganisationProfile Load() =>
        JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;
}
