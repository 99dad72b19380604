namespace TeamBot.Core.Questions.Answering;

/// <summary>Where the gemeente of an answer came from, so the answer can say so.</summary>
public enum MunicipalitySource
{
    Question,
    Asker,
    WholeRegion,
}
