namespace TeamBot.BotFramework;

/// <summary>A dialog's title, size ("small", "medium", "large" or pixels) and card.</summary>
public sealed class TaskModuleInfo
{
    public string? Title { get; set; }

    public object? Height { get; set; }

    public object? Width { get; set; }

    public Attachment? Card { get; set; }
}
