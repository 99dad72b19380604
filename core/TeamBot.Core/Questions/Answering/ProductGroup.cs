namespace TeamBot.Core.Questions.Answering;

/// <summary>The products one phrase of a question names ("BGI": both BGI products), with the words typed for them.</summary>
public sealed record ProductGroup(IReadOnlyList<string> Codes, IReadOnlyList<string> Typed);
