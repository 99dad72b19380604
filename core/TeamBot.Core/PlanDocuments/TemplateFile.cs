namespace TeamBot.Core.PlanDocuments;

/// <summary>A template found in the templates folder, read into memory.</summary>
internal sealed record TemplateFile(string Name, string FileName, byte[] Content);
