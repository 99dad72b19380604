namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// A trained multinomial logistic regression: per feature one weight for each category, plus a bias per
/// category. Scoring a question is one dictionary look-up per feature and a softmax over three numbers.
/// </summary>
internal sealed class SoftmaxModel
{
    public const int CategoryCount = 3;

    private readonly Dictionary<string, double[]> weights;
    private readonly double[] bias;

    public SoftmaxModel(Dictionary<string, double[]> weights, double[] bias, FeatureWeights featureWeights)
    {
        this.weights = weights;
        this.bias = bias;
        FeatureWeights = featureWeights;
    }

    public FeatureWeights FeatureWeights { get; }

    public int FeatureCount => weights.Count;

    /// <summary>The probability per category, indexed by <see cref="QuestionCategory"/>.</summary>
    public double[] Probabilities(string redactedQuestion) =>
        Probabilities(QuestionFeatures.Extract(redactedQuestion, FeatureWeights));

    public double[] Probabilities(List<WeightedFeature> features)
    {
        var scores = (double[])bias.Clone();
        foreach (var feature in features)
        {
            if (!weights.TryGetValue(feature.Name, out var featureWeights)) continue;
            for (var c = 0; c < CategoryCount; c++) scores[c] += feature.Value * featureWeights[c];
        }
        Softmax(scores);
        return scores;
    }

    /// <summary>Turns scores into probabilities in place; subtracting the maximum keeps exp from overflowing.</summary>
    public static void Softmax(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var score in scores) max = Math.Max(max, score);
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (var c = 0; c < scores.Length; c++) scores[c] /= sum;
    }
}
