namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Classifies a redacted question as contract, casuïstiek or overig with a softmax regression over word,
/// character and generalised shape features (see <see cref="QuestionFeatures"/>). The model is trained once per
/// process from the train rows of the embedded question set; classifying is linear in the length of the text.
/// Thread-safe: the model is read-only after training.
/// </summary>
public sealed class QuestionClassifier
{
    private static readonly Lazy<SoftmaxModel> SharedModel =
        new(() => SoftmaxTrainer.Train(QuestionDataset.LoadTrainingRows(), TrainingSettings.Default));

    private readonly SoftmaxModel model;

    /// <summary>A classifier over the shared model, trained on first use.</summary>
    public QuestionClassifier()
        : this(SharedModel.Value)
    {
    }

    internal QuestionClassifier(SoftmaxModel model) => this.model = model;

    public Classification Classify(string redactedQuestion)
    {
        ArgumentNullException.ThrowIfNull(redactedQuestion);
        // Without a letter or digit (empty, blanks, emoji only) there is nothing to ask about a contract or a client.
        if (!HasLetterOrDigit(redactedQuestion))
            return Classification.Certain(QuestionCategory.Other);
        return FromProbabilities(model.Probabilities(redactedQuestion));
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static Classification FromProbabilities(double[] probabilities)
    {
        var scores = new Dictionary<QuestionCategory, double>(SoftmaxModel.CategoryCount);
        var best = QuestionCategory.Contract;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var category = (QuestionCategory)c;
            scores[category] = probabilities[c];
            if (probabilities[c] > probabilities[(int)best]) best = category;
        }
        return new Classification(best, probabilities[(int)best], scores);
    }

}
