namespace TeamBot.Core.Documents;

/// <summary>Pairs every opening tag with its end the way Scriban will, reporting what does not pair.</summary>
internal static class TagBlockMatcher
{
    public static List<TagBlock> Match(IReadOnlyList<WordTag> tags, PartProblems problems)
    {
        var blocks = new List<TagBlock>();
        var open = new Stack<(WordTag Open, List<WordTag> Middles)>();
        foreach (var tag in tags)
        {
            switch (tag.Code.Role)
            {
                case TagRole.Open:
                    open.Push((tag, []));
                    break;
                case TagRole.Middle when open.Count == 0:
                    problems.Add(tag, $"{Keyword(tag)} staat buiten een if-, for- of case-blok.");
                    break;
                case TagRole.Middle:
                    open.Peek().Middles.Add(tag);
                    break;
                case TagRole.Close when open.Count == 0:
                    problems.Add(tag, "Deze {{ end }} sluit geen blok: er staat geen for, if, while of case voor die nog open is.");
                    break;
                case TagRole.Close:
                    var (opener, middles) = open.Pop();
                    blocks.Add(new TagBlock(opener, middles, tag));
                    break;
                case TagRole.Tangled:
                    problems.Add(tag, "Deze tag opent of sluit meer dan één blok. Zet elk for-, if-, else- en end-deel in een eigen tag.");
                    break;
            }
        }
        foreach (var (opener, _) in open.Reverse())
        {
            problems.Add(opener, $"Dit {opener.Code.Keyword}-blok wordt nergens afgesloten met {{{{ end }}}}.");
        }
        return blocks;
    }

    private static string Keyword(WordTag tag) => "{{ " + tag.Code.Keyword + " }}";
}
