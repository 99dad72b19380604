namespace TeamBot.Core.Questions.Log;

/// <summary>The asker's verdict on an answer, from the card's buttons.</summary>
public enum AnswerFeedback
{
    Useful,
    NotUseful,

    /// <summary>"Dit is toch een contractvraag": the asker overrode a casuïstiek classification.</summary>
    Override,
}
