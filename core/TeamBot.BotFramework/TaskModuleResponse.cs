namespace TeamBot.BotFramework;

/// <summary>The answer to composeExtension/fetchTask: a dialog (task module) with an Adaptive Card, as the Bot Framework shapes it.</summary>
public sealed class TaskModuleResponse
{
    public TaskModuleContinue? Task { get; set; }

    public static TaskModuleResponse Card(string title, object card) => new()
    {
        Task = new TaskModuleContinue { Value = new TaskModuleInfo { Title = title, Height = "medium", Width = "medium", Card = Attachment.AdaptiveCard(card) } },
    };

    public InvokeResponse ToInvokeResponse() => new(200, this);
}
