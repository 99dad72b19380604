using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TeamBot.Core.Cards;

/// <summary>
/// Renders Adaptive Cards from the Scriban templates in <see cref="CardOptions.TemplatesPath"/> ("answer" reads answer.json.sbn).
/// Every value reaches the JSON through the <c>json</c> function: a template that prints anything else is refused
/// (<see cref="EscapedOutputRule"/>). The result is checked to be an Adaptive Card 1.5 under <see cref="MaxCardBytes"/>;
/// a bigger card has its longest texts shortened with "…" and a note, so the user always gets a card. Texts that hosts
/// read as markdown are escaped (<see cref="CardMarkdown"/>), so a line "3. Declareren" never becomes a list.
/// </summary>
public sealed partial class AdaptiveCardTemplates
{
    /// <summary>Teams refuses bot messages over about 100 KB; the card leaves room for the rest of the activity.</summary>
    public const int MaxCardBytes = 80 * 1024;

    public const string FileExtension = ".json.sbn";
    public const string CardVersion = "1.5";
    public const string ShortenedNote = "Deze kaart is ingekort: een deel van de tekst was te lang om in Teams te tonen.";
    public const string TooLargeText = "Deze kaart was te groot om te tonen. Stel je vraag korter of vraag het inkoopteam.";

    // Tried in turn until the card fits: only strings longer than the limit are cut, so long texts go first.
    private static readonly int[] StringLimits = [4000, 2000, 1000, 500, 250, 120];

    private readonly ConcurrentDictionary<string, Lazy<CardTemplate>> _templates = new(StringComparer.Ordinal);

    public AdaptiveCardTemplates(IOptions<CardOptions> options)
    {
        TemplatesPath = options.Value.TemplatesPath;
    }

    public string TemplatesPath { get; }

    /// <summary>Loads and checks every template in the folder, so a broken edit shows at start and not at the first question.</summary>
    public void ValidateAll()
    {
        if (!Directory.Exists(TemplatesPath))
            throw new CardTemplateException($"De map met kaartsjablonen {TemplatesPath} bestaat niet (instelling {CardOptions.Section}:TemplatesPath).");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TemplatesPath, "*" + FileExtension).Order(StringComparer.Ordinal))
        {
            try
            {
                Get(Path.GetFileName(file)[..^FileExtension.Length]);
            }
            catch (CardTemplateException e)
            {
                problems.Add(e.Message);
            }
        }
        if (problems.Count > 0) throw new CardTemplateException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Renders the template with the model's properties as camelCase variables ("answer.text").</summary>
    /// <exception cref="CardTemplateException">The template is missing, breaks the escaping rule, or renders no valid card.</exception>
    public RenderedCard Render(string templateName, object model)
    {
        var template = Get(templateName);
        var card = RenderOnce(template, model, maxStringLength: null);
        foreach (var limit in StringLimits)
        {
            if (card.SizeInBytes <= MaxCardBytes) return card;
            card = RenderOnce(template, model, limit);
        }
        return card.SizeInBytes <= MaxCardBytes ? card : TooLargeCard(templateName);
    }

    /// <summary>A template that passed the escaping rule, for includes.</summary>
    internal CardTemplate Checked(string templateName) => Get(templateName);

    private CardTemplate Get(string templateName) =>
        _templates.GetOrAdd(templateName, name => new Lazy<CardTemplate>(() => Load(name))).Value;

    private CardTemplate Load(string name)
    {
        if (!TemplateName().IsMatch(name))
            throw new CardTemplateException($"'{name}' is geen geldige naam voor een kaartsjabloon (alleen letters, cijfers, '-' en '_').");
        var file = name + FileExtension;
        var path = Path.Combine(TemplatesPath, file);
        if (!File.Exists(path))
            throw new CardTemplateException($"Het kaartsjabloon {file} ontbreekt in {TemplatesPath} (instelling {CardOptions.Section}:TemplatesPath).");
        var text = File.ReadAllText(path);
        var parsed = Template.Parse(text, file);
        if (parsed.HasErrors)
            throw new CardTemplateException($"Het kaartsjabloon {file} bevat fouten: {string.Join("; ", parsed.Messages)}");
        var violations = EscapedOutputRule.Violations(parsed);
        if (violations.Count > 0)
            throw new CardTemplateException($"Het kaartsjabloon {file} drukt waarden af zonder JSON-escaping; zet '| json' achter elke waarde: {string.Join("; ", violations)}");
        return new CardTemplate(name, text, parsed);
    }

    private RenderedCard RenderOnce(CardTemplate template, object model, int? maxStringLength)
    {
        var writer = new JsonValueWriter(maxStringLength);
        string output;
        try
        {
            output = template.Parsed.Render(NewContext(model, writer));
        }
        catch (ScriptRuntimeException e)
        {
            // A broken partial says best what is wrong with it; Scriban wraps it in the include's error.
            throw Unwrapped<CardTemplateException>(e)
                  ?? new CardTemplateException($"Het kaartsjabloon {template.Name}{FileExtension} kon niet worden ingevuld: {e.Message}", e);
        }
        var card = ParseCard(template.Name, output);
        if (writer.ShortenedAny) Body(card).Add(NoteBlock(ShortenedNote));
        return Finish(template.Name, card, writer.ShortenedAny);
    }

    private static T? Unwrapped<T>(Exception? e) where T : Exception =>
        e is null ? null : e as T ?? Unwrapped<T>(e.InnerException);

    private TemplateContext NewContext(object model, JsonValueWriter writer)
    {
        var globals = new ScriptObject();
        globals.Import(model, null, CamelCase);
        globals.Import(EscapedOutputRule.JsonFunction, new Func<object?, string>(writer.Write));
        globals.SetReadOnly(EscapedOutputRule.JsonFunction, true);
        var context = new TemplateContext
        {
            MemberRenamer = CamelCase,
            StrictVariables = true,
            TemplateLoader = new PartialTemplateLoader(this),
        };
        context.PushGlobal(globals);
        return context;
    }

    private static string CamelCase(System.Reflection.MemberInfo member) => JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    private static JsonObject ParseCard(string name, string output)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(output, documentOptions: CardJson.StrictDocument);
        }
        catch (JsonException e)
        {
            throw new CardTemplateException($"Het kaartsjabloon {name}{FileExtension} levert geen geldige JSON (regel {e.LineNumber + 1}, positie {e.BytePositionInLine + 1}): {e.Message}", e);
        }
        if (root is not JsonObject card || (string?)card["type"] != "AdaptiveCard" || (string?)card["version"] != CardVersion || card["body"] is not JsonArray)
            throw new CardTemplateException($"Het kaartsjabloon {name}{FileExtension} levert geen Adaptive Card {CardVersion}: \"type\" moet \"AdaptiveCard\" zijn, \"version\" \"{CardVersion}\", en \"body\" een lijst.");
        return card;
    }

    private static JsonArray Body(JsonObject card) => (JsonArray)card["body"]!;

    private static JsonObject NoteBlock(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["isSubtle"] = true,
        ["size"] = "small",
        ["spacing"] = "medium",
    };

    private static RenderedCard Finish(string name, JsonObject card, bool shortened)
    {
        CardMarkdown.EscapeTexts(card);
        var json = card.ToJsonString(CardJson.Options);
        using var document = JsonDocument.Parse(json);
        return new RenderedCard(name, json, document.RootElement.Clone(), Encoding.UTF8.GetByteCount(json), shortened);
    }

    // Only reached if a card has so many elements that even short texts do not fit: a factory bug, never the user's problem.
    private static RenderedCard TooLargeCard(string name) => Finish(name, new JsonObject
    {
        ["type"] = "AdaptiveCard",
        ["version"] = CardVersion,
        ["body"] = new JsonArray(NoteBlock(TooLargeText)),
    }, shortened: true);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex TemplateName();
}
