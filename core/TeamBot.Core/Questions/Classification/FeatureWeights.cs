namespace TeamBot.Core.Questions.Classification;

/// <summary>How strongly each family of features counts before the vector is scaled to unit length.</summary>
internal sealed record FeatureWeights(double Unigram, double Bigram, double CharGram, double Cue)
{
    /// <summary>Chosen by 5-fold cross-validation on the training rows.</summary>
    public static FeatureWeights Default { get; } = new(Unigram: 1.0, Bigram: 0.7, CharGram: 0.3, Cue: 1.0);
}
