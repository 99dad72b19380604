namespace TeamBot.Core.Questions.Log;

/// <summary>The stored names of the asker's feedback on an answer.</summary>
public static class AnswerFeedbackNames
{
    public const string Useful = "useful";
    public const string NotUseful = "not_useful";

    /// <summary>"Dit is toch een contractvraag": the asker overrode a casuïstiek classification.</summary>
    public const string Override = "override";
}
