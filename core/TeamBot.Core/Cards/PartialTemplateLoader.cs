using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace TeamBot.Core.Cards;

/// <summary>Serves "include '_name'" from the templates folder, and only partials that pass the same escaping rule.</summary>
internal sealed class PartialTemplateLoader(AdaptiveCardTemplates templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // The checked, already parsed partial: Scriban takes it from the cache instead of parsing the text again.
        context.CachedTemplates.TryAdd(templateName, templates.Checked(templateName).Parsed);
        return templateName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templates.Checked(templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
