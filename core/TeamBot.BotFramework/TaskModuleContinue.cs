namespace TeamBot.BotFramework;

/// <summary>"continue": Teams shows <see cref="Value"/> as a dialog.</summary>
public sealed class TaskModuleContinue
{
    public string Type { get; set; } = "continue";

    public TaskModuleInfo? Value { get; set; }
}
