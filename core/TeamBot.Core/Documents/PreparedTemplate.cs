using Scriban;

namespace TeamBot.Core.Documents;

/// <summary>A template ready to render: its parts that hold tags, its title if that holds tags, and the drawing ids in use.</summary>
internal sealed record PreparedTemplate(IReadOnlyList<PartTemplate> Parts, Template? Title, uint HighestDrawingId);
