using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TeamBot.Core.Documents;

/// <summary>
/// A Scriban context that encodes what tags write (values) but not the template's raw text (the
/// document's own XML), so no value can break or inject markup. With <paramref name="textMarkup"/> text values are
/// plan texts whose markup (**vet**, _cursief_, ^[voetnoot]) becomes formatting; only then can a value format.
/// </summary>
internal sealed class WordRenderContext(ScriptObject builtins, ValueEncoder encoder, bool textMarkup = false) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is WordMark mark)
        {
            Write(encoder.EncodeMark(mark));
            return this;
        }
        // Scriban divides to a double: 1/0 would print "Infinity" and 0/0 "NaN", English words no reader can use.
        if (textAsObject is double number && !double.IsFinite(number))
            throw new ScriptRuntimeException(span, "not a finite number", new TemplateValueException("Deze berekening heeft geen uitkomst (deelt u door nul?)."));
        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text)) Write(textMarkup ? encoder.EncodeMarkup(text) : encoder.Encode(text));
        return this;
    }
}
