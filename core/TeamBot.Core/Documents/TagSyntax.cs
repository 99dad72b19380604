using Scriban;

namespace TeamBot.Core.Documents;

/// <summary>
/// Parses each tag on its own (inside the smallest block it needs) so that every syntax error is
/// reported against its own tag; Scriban stops at the first error of a whole template.
/// </summary>
internal static class TagSyntax
{
    /// <summary>What Scriban finds wrong with this tag, in Dutch; empty when it parses.</summary>
    public static List<string> Errors(TagCode code)
    {
        var probe = Probe(code);
        if (probe is null) return [];
        var template = Template.Parse(probe);
        return template.Messages.Where(message => message.Type == Scriban.Parsing.ParserMessageType.Error)
            .Select(message => ScribanMessages.Parse(message.Message))
            .Distinct()
            .ToList();
    }

    private static string? Probe(TagCode code)
    {
        var tag = TagScanner.Open + code.Code + TagScanner.Close;
        return code.Role switch
        {
            TagRole.Output or TagRole.Silent => tag,
            TagRole.Open => tag + "{{end}}",
            TagRole.Middle when code.Keyword == "when" => "{{case 0}}" + tag + "{{end}}",
            TagRole.Middle => "{{if true}}" + tag + "{{end}}",
            TagRole.Close => "{{if true}}" + tag,
            _ => null,
        };
    }
}
