namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Fits a <see cref="SoftmaxModel"/> by full-batch gradient descent with momentum on the mean cross-entropy with
/// an L2 penalty (the bias is not penalised), for a fixed number of epochs. Deterministic: same rows and settings,
/// same model.
/// </summary>
internal static class SoftmaxTrainer
{
    private const int Categories = SoftmaxModel.CategoryCount;

    public static SoftmaxModel Train(IReadOnlyList<LabelledQuestion> rows, TrainingSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = rows.Select(row => Encode(QuestionFeatures.Extract(row.RedactedQuestion, settings.Features), vocabulary)).ToArray();
        var labels = rows.Select(row => (int)row.Label).ToArray();
        var weights = Parameters.Zero(vocabulary.Count * Categories);
        var bias = Parameters.Zero(Categories);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            weights.ClearGradient();
            bias.ClearGradient();
            for (var s = 0; s < samples.Length; s++)
                AccumulateGradient(samples[s], labels[s], weights, bias);
            Step(weights, settings.L2Penalty, samples.Length, settings);
            Step(bias, l2Penalty: 0, samples.Length, settings);
        }
        return new SoftmaxModel(ToDictionary(vocabulary, weights.Values), bias.Values, settings.Features);
    }

    private static EncodedSample Encode(List<WeightedFeature> features, Dictionary<string, int> vocabulary)
    {
        var indices = new int[features.Count];
        var values = new double[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            if (!vocabulary.TryGetValue(features[i].Name, out var index))
            {
                index = vocabulary.Count;
                vocabulary.Add(features[i].Name, index);
            }
            indices[i] = index;
            values[i] = features[i].Value;
        }
        return new EncodedSample(indices, values);
    }

    /// <summary>Adds this sample's gradient of the cross-entropy: (probabilities - one-hot label) times each feature value.</summary>
    private static void AccumulateGradient(EncodedSample sample, int label, Parameters weights, Parameters bias)
    {
        Span<double> error = stackalloc double[Categories];
        bias.Values.CopyTo(error);
        for (var i = 0; i < sample.Indices.Length; i++)
        {
            var offset = sample.Indices[i] * Categories;
            for (var c = 0; c < Categories; c++) error[c] += sample.Values[i] * weights.Values[offset + c];
        }
        SoftmaxModel.Softmax(error);
        error[label] -= 1;
        for (var i = 0; i < sample.Indices.Length; i++)
        {
            var offset = sample.Indices[i] * Categories;
            for (var c = 0; c < Categories; c++) weights.Gradient[offset + c] += sample.Values[i] * error[c];
        }
        for (var c = 0; c < Categories; c++) bias.Gradient[c] += error[c];
    }

    /// <summary>One heavy-ball step: the velocity keeps a share of earlier steps, so rare features still move far enough in few epochs.</summary>
    private static void Step(Parameters parameters, double l2Penalty, int sampleCount, TrainingSettings settings)
    {
        for (var j = 0; j < parameters.Values.Length; j++)
        {
            var gradient = parameters.Gradient[j] / sampleCount + l2Penalty * parameters.Values[j];
            parameters.Velocity[j] = settings.Momentum * parameters.Velocity[j] - settings.LearningRate * gradient;
            parameters.Values[j] += parameters.Velocity[j];
        }
    }

    private static Dictionary<string, double[]> ToDictionary(Dictionary<string, int> vocabulary, double[] weights)
    {
        var byName = new Dictionary<string, double[]>(vocabulary.Count, StringComparer.Ordinal);
        foreach (var (name, index) in vocabulary)
            byName[name] = weights.AsSpan(index * Categories, Categories).ToArray();
        return byName;
    }

    private sealed record EncodedSample(int[] Indices, double[] Values);

    private sealed record Parameters(double[] Values, double[] Velocity, double[] Gradient)
    {
        public static Parameters Zero(int count) => new(new double[count], new double[count], new double[count]);

        public void ClearGradient() => Array.Clear(Gradient);
    }
}
