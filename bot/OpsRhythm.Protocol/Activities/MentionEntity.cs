namespace OpsRhythm.Protocol.Activities;

/// <summary>An @mention: <c>text</c> is the "&lt;at&gt;Name&lt;/at&gt;" fragment found in the message text.</summary>
public sealed record MentionEntity(ChannelAccount? Mentioned, string? Text);
