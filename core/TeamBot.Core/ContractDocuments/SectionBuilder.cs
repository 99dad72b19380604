namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Groups headings and paragraphs into sections. Rules shared by every format:
/// text before the first heading becomes a level-0 section named after the document;
/// a heading without text of its own is no section, but stays in the Path of the sections below it;
/// level-0 headings (the document title) are not repeated in the Path of the sections below them.
/// </summary>
internal static class SectionBuilder
{
    private const string PathSeparator = " > ";

    public static ContractDocument Build(string title, string fileName, byte[] content, IEnumerable<DocumentLine> lines)
    {
        var drafts = Draft(title, lines);
        var sections = drafts
            .Where(draft => draft.HasText)
            .Select((draft, index) => new DocumentSection(index, draft.Heading, draft.Level, draft.Path, draft.Text))
            .ToList();
        return new ContractDocument(title, fileName, FileHash.Sha256Hex(content), sections);
    }

    private static List<SectionDraft> Draft(string title, IEnumerable<DocumentLine> lines)
    {
        var drafts = new List<SectionDraft> { new(title, 0, title) };
        var openHeadings = new List<SectionDraft>();
        foreach (var line in lines)
        {
            if (line.HeadingLevel is int level)
                AddHeading(drafts, openHeadings, SectionText.NormaliseLine(line.Text), level);
            else
                drafts[^1].AddText(line.Text);
        }

        return drafts;
    }

    private static void AddHeading(List<SectionDraft> drafts, List<SectionDraft> openHeadings, string heading, int level)
    {
        // An empty heading paragraph adds no section; its text stays with the section above.
        if (heading.Length == 0) return;
        openHeadings.RemoveAll(open => open.Level >= level);
        var path = string.Join(PathSeparator, openHeadings.Where(open => open.Level > 0).Select(open => open.Heading).Append(heading));
        var draft = new SectionDraft(heading, level, path);
        openHeadings.Add(draft);
        drafts.Add(draft);
    }

    private sealed class SectionDraft(string heading, int level, string path)
    {
        private readonly List<string> _paragraphs = [];

        public string Heading { get; } = heading;

        public int Level { get; } = level;

        public string Path { get; } = path;

        public bool HasText => _paragraphs.Count > 0;

        public string Text => string.Join('\n', _paragraphs);

        public void AddText(string text) => _paragraphs.AddRange(SectionText.NormalisedLines(text));
    }
}
