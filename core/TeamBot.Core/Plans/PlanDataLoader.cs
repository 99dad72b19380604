using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TeamBot.Core.Plans;

/// <summary>
/// Loads a plan data file (YAML with Dutch keys, docs/plan-format.md) into an <see cref="ExecutionPlan"/>,
/// or reports every problem with file, line, column and field path. Unknown keys are problems too.
/// </summary>
public static class PlanDataLoader
{
    // Plan files may come from outside (the add-in): bound their size and nesting before building a tree.
    private const int MaxCharacters = 2_000_000;
    private const int MaxDepth = 32;

    public static PlanLoadResult Load(string path)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            return Parse(File.ReadAllText(path), fileName);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Failed(fileName, $"Het bestand '{path}' bestaat niet.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(fileName, $"Het bestand '{path}' kan niet gelezen worden: {e.Message}");
        }
    }

    public static PlanLoadResult Parse(string yaml, string fileName)
    {
        var problems = new PlanProblems(fileName);
        if (ReadDocument(yaml, problems) is not { } root) return new PlanLoadResult(null, problems.Items);
        var source = PlanSourceMap.Build(fileName, root);
        var plan = YamlObject.Read(root, "", problems) is { } top ? PlanReader.Read(top, source, problems) : null;
        return problems.Any || plan is null ? new PlanLoadResult(null, problems.Items) : new PlanLoadResult(plan, []);
    }

    private static YamlNode? ReadDocument(string yaml, PlanProblems problems)
    {
        if (yaml.Length > MaxCharacters)
        {
            problems.AddForFile($"Het bestand is te groot ({yaml.Length:N0} tekens); een plan past ruim in {MaxCharacters:N0}.");
            return null;
        }
        try
        {
            if (!IsPlainTree(yaml, problems)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count switch
            {
                0 => Empty(problems),
                1 => stream.Documents[0].RootNode,
                _ => MoreThanOne(stream.Documents[1].RootNode, problems),
            };
        }
        catch (YamlException e)
        {
            problems.Add(e.Start, "", DutchSyntaxMessage(e));
            return null;
        }
    }

    /// <summary>Rejects anchors/aliases and deep nesting, which a plan never needs and which could blow up a tree.</summary>
    private static bool IsPlainTree(string yaml, PlanProblems problems)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (true)
        {
            var moved = MoveNext(parser, problems);
            if (moved is null) return false;
            if (moved == false) return true;
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    problems.Add(alias.Start, "", $"Verwijzingen (*{alias.Value}) worden in een plan niet ondersteund; schrijf de waarde uit.");
                    return false;
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    problems.Add(anchored.Start, "", $"Ankers (&{anchored.Anchor}) worden in een plan niet ondersteund; schrijf de waarde uit.");
                    return false;
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    problems.Add(parser.Current.Start, "", $"Het plan is dieper genest dan {MaxDepth} niveaus; controleer de inspringing.");
                    return false;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    /// <returns>Null after a problem: YamlDotNet's scanner throws InvalidOperationException on some unclosed [ and {.</returns>
    private static bool? MoveNext(Parser parser, PlanProblems problems)
    {
        var lastGood = parser.Current?.End ?? Mark.Empty;
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            problems.Add(lastGood, "", "Na deze plek is de YAML niet te lezen: waarschijnlijk een [ of { die niet gesloten wordt. " + SyntaxAdvice);
            return null;
        }
    }

    private const string SyntaxAdvice = "Controleer de inspringing, de dubbele punten en de aanhalingstekens.";

    /// <summary>YamlDotNet's English parser messages, as what the plan's author should fix.</summary>
    private static readonly (string English, string Dutch)[] SyntaxMessages =
    [
        ("expected ',' or ']'", "Een lijst tussen [ en ] is niet gesloten: er ontbreekt een ] (of een komma tussen de waarden)."),
        ("expected ',' or '}'", "Een groep tussen { en } is niet gesloten: er ontbreekt een } (of een komma tussen de velden)."),
        ("quoted scalar", "Een tekst tussen aanhalingstekens is niet gesloten, of springt op een volgende regel niet ver genoeg in."),
        ("invalid mapping", "Een tekst bevat een dubbele punt gevolgd door een spatie; zet zo'n tekst tussen aanhalingstekens."),
        ("could not find expected ':'", "Hier ontbreekt de dubbele punt na een veldnaam ('veld: waarde')."),
        ("did not find expected key", "Hier staat iets dat geen 'veld: waarde' is, of dat verkeerd is ingesprongen."),
        ("expected '-' indicator", "In een lijst begint elk item met '- ' op dezelfde inspringing."),
        ("wrong indentation", "De inspringing klopt niet: spring met spaties in, elk niveau even ver."),
        ("expected node content", "Hier ontbreekt een waarde."),
        ("cannot start any token", "Hier staat een teken waarmee geen waarde kan beginnen (zoals een tab, @ of `); zet de tekst tussen aanhalingstekens en spring in met spaties."),
        ("block scalar", "Na | of > mag op dezelfde regel niets anders staan; de tekst begint op de volgende regel."),
        ("mapping values are not allowed", "Een tekst bevat een dubbele punt gevolgd door een spatie; zet zo'n tekst tussen aanhalingstekens."),
    ];

    private static string DutchSyntaxMessage(YamlException e)
    {
        var detail = e.Message.Trim();
        if (detail.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || e.InnerException is ArgumentException)
            return "Dit veld staat dubbel in dezelfde groep; elk veld mag één keer voorkomen.";
        var known = SyntaxMessages.FirstOrDefault(m => detail.Contains(m.English, StringComparison.OrdinalIgnoreCase)).Dutch;
        return $"Dit is geen geldige YAML. {known ?? "Hier klopt de opbouw van het bestand niet."} {SyntaxAdvice}";
    }

    private static YamlNode? Empty(PlanProblems problems)
    {
        problems.AddForFile("Het bestand is leeg; een plan begint met velden als 'jaar:' en 'regio:'.");
        return null;
    }

    private static YamlNode? MoreThanOne(YamlNode second, PlanProblems problems)
    {
        problems.Add(second, "", "Het bestand bevat meer dan één YAML-document (---); zet het hele plan in één document.");
        return null;
    }

    private static PlanLoadResult Failed(string fileName, string message) =>
        new(null, [new PlanProblem(fileName, null, null, null, message)]);
}
