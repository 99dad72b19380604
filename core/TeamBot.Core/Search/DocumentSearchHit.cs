namespace TeamBot.Core.Search;

/// <summary>A contract document section that answers a question, with the passage to quote and where it comes from.</summary>
/// <param name="SectionPath">The section's headings joined by " > ", for the citation.</param>
/// <param name="Passage">The one to three sentences of the section that match the question best, as written.</param>
/// <param name="Score">The ranking score (Lucene BM25 score × coverage²); only comparable between hits of one search.</param>
/// <param name="Confidence">0..1 that this section answers the question; compare with <see cref="DocumentSearchIndex.AnswerThreshold"/>.</param>
public sealed record DocumentSearchHit(
    string DocumentTitle,
    string FileName,
    string SectionPath,
    string Heading,
    string Passage,
    float Score,
    double Confidence);
