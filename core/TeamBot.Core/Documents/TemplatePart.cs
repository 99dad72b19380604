using DocumentFormat.OpenXml.Packaging;

namespace TeamBot.Core.Documents;

/// <summary>A part of the package that may hold tags, with its Dutch name for problem reports.</summary>
internal sealed record TemplatePart(string Label, OpenXmlPart Part);
