namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Reads the hand-labelled question set (tests/data/questions.tsv, embedded in this assembly): a header row and
/// tab-separated split, label, intent and question. Questions are redacted on reading so that training sees the
/// same placeholders as the classifier sees at runtime.
/// </summary>
internal static class QuestionDataset
{
    public const string ResourceName = "TeamBot.Questions.Classification.questions.tsv";
    public const string TrainSplit = "train";
    public const string HeldOutSplit = "heldout";

    private const int ColumnCount = 4;

    /// <summary>Every row of the embedded set, both splits.</summary>
    public static IReadOnlyList<LabelledQuestion> LoadEmbedded()
    {
        using var stream = typeof(QuestionDataset).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"De vragenset {ResourceName} ontbreekt in TeamBot.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Only the rows the model may learn from.</summary>
    public static IReadOnlyList<LabelledQuestion> LoadTrainingRows() => LoadEmbedded().Where(q => q.IsTraining).ToList();

    public static IReadOnlyList<LabelledQuestion> Parse(TextReader reader)
    {
        var rows = new List<LabelledQuestion>();
        reader.ReadLine(); // header
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0) rows.Add(ParseRow(line, lineNumber));
        }
        return rows;
    }

    private static LabelledQuestion ParseRow(string line, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length != ColumnCount)
            throw new InvalidDataException($"Vragenset regel {lineNumber}: {columns.Length} kolommen, verwacht {ColumnCount}.");
        var label = QuestionCategoryNames.FromWireName(columns[1])
            ?? throw new InvalidDataException($"Vragenset regel {lineNumber}, kolom label: onbekend label '{columns[1]}'.");
        var question = columns[3];
        return new LabelledQuestion(columns[0], label, columns[2], question, TrainingRedaction.Redact(question));
    }
}
