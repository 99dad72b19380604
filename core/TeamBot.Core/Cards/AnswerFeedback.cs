namespace TeamBot.Core.Cards;

public enum AnswerFeedback
{
    Useful,
    NotUseful,
}
