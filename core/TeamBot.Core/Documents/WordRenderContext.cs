using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace TeamBot.Core.Documents;

/// <summary>
/// A Scriban context that encodes what tags write (values) but not the template's raw text (the
/// document's own XML), so no value can break or inject markup.
/// </summary>
internal sealed class WordRenderContext(ScriptObject builtins, ValueEncoder encoder) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text)) Write(encoder.Encode(text));
        return this;
    }
}
