using System.Text;
using Scriban;

namespace TeamBot.Core.Documents;

/// <summary>The document title (core property) may hold tags too; it is plain text, not WordprocessingML.</summary>
internal static class TitleTemplate
{
    public const string Part = "documenteigenschappen";
    public static readonly TagPlace Place = new("titel", null);

    public static bool HasTags(string? title) => title is not null && TagScanner.MayHoldTag(title);

    /// <summary>The parsed title template, or null with its problems added.</summary>
    public static Template? Parse(string title, PartProblems problems)
    {
        var (tags, unclosedAt) = TagScanner.Scan(title);
        if (unclosedAt is int start) problems.Add(title[start..], Place, "Deze tag in de titel wordt niet gesloten met }}.");
        foreach (var span in tags)
        {
            var source = title.Substring(span.Start, span.Length);
            var errors = TagSyntax.Errors(TagCode.Read(source[TagScanner.Open.Length..^TagScanner.Close.Length]));
            if (errors.Count > 0) problems.Add(source, Place, "Scriban kan deze tag niet lezen: " + string.Join(" ", errors));
        }
        if (problems.Any) return null;
        var template = Template.Parse(Compose(title, tags));
        foreach (var error in template.Messages.Where(message => message.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            problems.Add(title, Place, "Scriban kan de titel niet lezen: " + ScribanMessages.Parse(error.Message));
        }
        return problems.Any ? null : template;
    }

    private static string Compose(string title, List<TextSpan> tags)
    {
        var text = new StringBuilder();
        var position = 0;
        foreach (var tag in tags)
        {
            ScribanText.AppendRaw(text, title.AsSpan(position, tag.Start - position));
            ScribanText.AppendTag(text, TagCode.Read(title[(tag.Start + TagScanner.Open.Length)..(tag.End - TagScanner.Close.Length)]).Code);
            position = tag.End;
        }
        ScribanText.AppendRaw(text, title.AsSpan(position));
        return text.ToString();
    }
}
