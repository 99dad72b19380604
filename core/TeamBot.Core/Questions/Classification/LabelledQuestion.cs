namespace TeamBot.Core.Questions.Classification;

/// <summary>One row of the labelled question set: the question as typed, and as the classifier sees it.</summary>
internal sealed record LabelledQuestion(
    string Split,
    QuestionCategory Label,
    string Intent,
    string Question,
    string RedactedQuestion)
{
    public bool IsTraining => Split == QuestionDataset.TrainSplit;

    public bool IsHeldOut => Split == QuestionDataset.HeldOutSplit;
}
