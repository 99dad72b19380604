namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// A template a plan can be rendered with: its name (the file name without extension), its file, and the data fields
/// its tags use, as paths such as "hoofdprocessen[].acties[].actie" ("[]" stands for each item of a list).
/// </summary>
public sealed record DocumentTemplateInfo(string Name, string FileName, IReadOnlyList<string> Fields);
