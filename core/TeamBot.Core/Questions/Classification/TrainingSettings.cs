namespace TeamBot.Core.Questions.Classification;

/// <summary>Settings of the softmax regression training; the defaults were chosen by 5-fold cross-validation on the training rows.</summary>
internal sealed record TrainingSettings(int Epochs, double LearningRate, double Momentum, double L2Penalty, FeatureWeights Features)
{
    public static TrainingSettings Default { get; } = new(Epochs: 150, LearningRate: 4, Momentum: 0.9, L2Penalty: 1e-5, FeatureWeights.Default);
}
