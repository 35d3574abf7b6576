using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Messaging;

/// <summary>Limits of the /api/messages endpoint (section "Messaging").</summary>
internal sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Teams activities stay far below this; anything larger is refused with 413 before it is parsed.</summary>
    [Range(4 * 1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
