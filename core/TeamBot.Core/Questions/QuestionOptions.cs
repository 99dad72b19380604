namespace TeamBot.Core.Questions;

/// <summary>Section "Questions".</summary>
public sealed class QuestionOptions
{
    public const string Section = "Questions";

    /// <summary>Longer questions are refused with a message (and logged as refused).</summary>
    public int MaxQuestionLength { get; set; } = 4000;

    /// <summary>The editable Scriban template of the casuïstiek redirect.</summary>
    public string CaseRedirectTemplatePath { get; set; } =
        Path.Combine(AppContext.BaseDirectory, "templates", "answers", "casuistiek.sbn");

    /// <summary>Question log rows older than this are purged.</summary>
    public int LogRetentionDays { get; set; } = 365;
}
