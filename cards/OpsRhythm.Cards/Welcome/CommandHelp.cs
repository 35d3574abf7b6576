namespace OpsRhythm.Cards.Welcome;

/// <summary>A chat command as help and welcome cards list it: its phrases in both languages and its description key.</summary>
public sealed record CommandHelp(IReadOnlyList<string> Phrases, string HelpTextKey);
