namespace OpsRhythm.UnitTests.Persistence;

/// <summary>A document for the snapshot tests: kept while open.</summary>
internal sealed record Note(string Id, bool Open, string Text = "");
