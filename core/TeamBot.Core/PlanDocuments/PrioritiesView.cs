namespace TeamBot.Core.PlanDocuments;

/// <summary>The speerpunten: the text before them, the points themselves and their uitwerking.</summary>
public sealed record PrioritiesView(IReadOnlyList<TextBlockView> Inleiding, IReadOnlyList<string> Punten, IReadOnlyList<TextBlockView> Uitwerking);
