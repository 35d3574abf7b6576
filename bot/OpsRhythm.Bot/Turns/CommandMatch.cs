namespace OpsRhythm.Bot.Turns;

/// <summary>The command a message starts with and the text after its phrase.</summary>
internal sealed record CommandMatch(IChatCommand Command, string Phrase, string Arguments);
