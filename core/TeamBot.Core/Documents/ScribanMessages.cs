using System.Text.RegularExpressions;
using Scriban.Syntax;

namespace TeamBot.Core.Documents;

/// <summary>
/// Scriban's messages in the Dutch a Word user reads. Scriban reports in English; every message is matched against
/// the ones it is known to give, and one that is not known becomes a general Dutch sentence rather than English.
/// </summary>
internal static class ScribanMessages
{
    private const string UnknownParseError = "Controleer de schrijfwijze: haakjes, aanhalingstekens, punten en woorden als for, in, if en end.";
    private const string UnknownRuntimeError = "Deze tag kan niet ingevuld worden met deze gegevens.";

    /// <summary>"Error while parsing if statement: … in: if &lt;expression&gt; …": only the middle says what is wrong.</summary>
    private static readonly Regex ParsingWrapper = new(@"^Error while parsing [^:]+: (?<inner>.*?)(?: in: .*)?$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly (Regex Pattern, Func<Match, string> Dutch)[] ParseRules =
    [
        (Rule(@"dot operator is expected to be followed by a plain identifier"), _ => "Na een punt hoort de naam van een veld, bijvoorbeeld a.actie."),
        (Rule(@"Expecting (an )?<expression> (to the right of the operator )?instead of `(?<t>.*)`"), m => $"Hier ontbreekt een waarde of naam (gevonden: {Token(m)})."),
        (Rule(@"Expecting 'in' word instead of `(?<t>.*)`"), m => $"Na 'for' en de naam van de lusvariabele hoort 'in' (gevonden: {Token(m)}), bijvoorbeeld for a in acties."),
        (Rule(@"Expecting a variable instead of `(?<t>.*)`"), m => $"Hier hoort een naam (gevonden: {Token(m)})."),
        (Rule(@"Found <end> statement.* without a corresponding beginning"), _ => "Deze {{ end }} sluit geen blok: er staat geen for, if, while of case voor die nog open is."),
        (Rule(@"The <end> statement was not found|The `end\w*` was not found"), _ => "Dit blok wordt nergens afgesloten met {{ end }}."),
        (Rule(@"A else condition must be preceded"), _ => "Een else hoort bij een if, else if, when of for die nog open is."),
        (Rule(@"A `when` condition must be preceded"), _ => "Een when hoort in een case-blok."),
        (Rule(@"A elsif condition is not allowed within a when/case"), _ => "In een case-blok staat when of else, geen else if."),
        (Rule(@"not terminated by a (?<t>.)"), m => $"Een tekst tussen aanhalingstekens wordt niet afgesloten met {m.Groups["t"].Value}."),
        (Rule(@"Unexpected escape character `(?<t>.)`"), m => $"\\{m.Groups["t"].Value} in een tekst is geen geldig teken; schrijf \\\\ voor een backslash."),
        (Rule(@"closing parenthesis|separate arguments in a function call|argument function calls instead of this token|Expecting a closing `\)`"), _ => "Een haakje ( wordt niet gesloten met ), of er ontbreekt een komma tussen de waarden."),
        (Rule(@"Expecting '\]'|while expecting `\]`"), _ => "Een [ wordt niet gesloten met ]."),
        (Rule(@"while expecting `(?<e>[^`]*)`"), m => $"Hier wordt '{m.Groups["e"].Value}' verwacht."),
        (Rule(@"Expression is only allowed for a top level assignment|Creating a function is only allowed"), _ => "Een toewijzing met = staat alleen vooraan in een tag, één per keer: {{ x = 1 }}."),
        (Rule(@"(hex|binary) number|Unable to parse (the integer|double value|float value) (?<t>\S*)|digit after the exponent"), _ => "Dit getal is niet goed geschreven."),
        (Rule(@"Unexpected statement outside of a loop|can only be used inside for/while loops"), _ => "break en continue staan alleen binnen een for- of while-lus."),
        (Rule(@"Invalid token found `(?<t>.*)`\. Expecting <EOL>"), m => $"{Token(m)} hoort hier niet. Staat er een teken te veel, of ontbreekt er een operator (zoals + of |)?"),
        (Rule(@"Unexpected token `?(?<t>[^`\s]+)`?"), m => $"{Token(m)} hoort hier niet."),
    ];

    private static readonly (Regex Pattern, Func<Match, string> Dutch)[] RuntimeRules =
    [
        (Rule(@"The variable or function `(?<n>[^`]*)` was not found"), m => $"'{m.Groups["n"].Value}' staat niet in de gegevens en is geen functie."),
        (Rule(@"The function `(?<n>[^`]*)` was not found"), m => $"De functie '{m.Groups["n"].Value}' bestaat niet."),
        (Rule(@"readonly (member|variable)[: `]+(?<n>[^`]*)`?"), m => $"'{m.Groups["n"].Value.Trim()}' is een ingebouwde functie en kan niet overschreven worden. Kies een andere naam."),
        (Rule(@"Cannot get the member (?<n>.*) for a null object"), m => $"'{m.Groups["n"].Value}' kan niet gelezen worden: een deel ervoor is leeg."),
        (Rule(@"Object `(?<n>[^`]*)` is null"), m => $"'{m.Groups["n"].Value}' is leeg, dus er valt niets uit te lezen."),
        (Rule(@"index (?<i>-?\d+) is out of bounds"), m => $"Plaats {m.Groups["i"].Value} bestaat niet in de lijst (de eerste is 0)."),
        (Rule(@"Invalid number of arguments `(?<n>\d+)` passed to `(?<f>[^`]*)` while expecting `(?<e>\d+)`"), m => $"'{m.Groups["f"].Value}' krijgt {m.Groups["n"].Value} waarden, maar verwacht er {m.Groups["e"].Value}."),
        (Rule(@"Argument index must be|Parameter 'index'"), _ => "Deze functie krijgt meer waarden dan ze gebruikt."),
        (Rule(@"Unable to convert type `(?<from>[^`]*)` to `?(?<to>[^`\s]+)`?"), m => $"Hier is {TypeName(m.Groups["to"].Value)} nodig, maar de waarde is {TypeName(m.Groups["from"].Value)}."),
        (Rule(@"Unexpected type `(?<t>[^`]*)` for iterator|as a list"), _ => "for … in verwacht een lijst, maar dit is één waarde."),
        (Rule(@"Invalid target function|Expecting a direct function"), _ => "Hier staan twee waarden naast elkaar: de eerste wordt gelezen als functie, maar is er geen. Zet elke waarde in een eigen tag, of zet er + of | tussen."),
        (Rule(@"Pipe expression destination `(?<n>[^`]*)` is not a valid function"), m => $"Na | hoort een functie, maar '{m.Groups["n"].Value}' is geen functie."),
        (Rule(@"Cannot divide by 0"), _ => "Delen door 0 kan niet."),
        (Rule(@"Cannot negate"), _ => "Alleen een getal kan met - negatief gemaakt worden."),
        (Rule(@"operator `(?<o>[^`]*)`.*(not supported|not implemented|not valid)|Operator `(?<o>[^`]*)` is not"), m => $"De bewerking {m.Groups["o"].Value} kan niet met deze waarden (bijvoorbeeld een tekst en een lijst)."),
        (Rule(@"Expecting a boolean instead of"), _ => "Hier is waar of onwaar nodig."),
        (Rule(@"Cannot (get or set a member on|index) the primitive|Cannot get or set a member on the primitive"), _ => "Een losse waarde (tekst of getal) heeft geen velden."),
    ];

    /// <summary>A message of Scriban's parser, in Dutch.</summary>
    public static string Parse(string message)
    {
        var inner = ParsingWrapper.Match(message) is { Success: true } wrapped ? wrapped.Groups["inner"].Value : message;
        return Translate(inner, ParseRules) ?? UnknownParseError;
    }

    /// <summary>What went wrong while a tag was filled in, in Dutch: the formatting functions already speak Dutch.</summary>
    public static string Runtime(ScriptRuntimeException exception)
    {
        if (exception.InnerException is TemplateValueException value) return value.Message;
        return Translate(exception.OriginalMessage ?? exception.Message, RuntimeRules) ?? UnknownRuntimeError;
    }

    private static string? Translate(string message, (Regex Pattern, Func<Match, string> Dutch)[] rules)
    {
        foreach (var (pattern, dutch) in rules)
        {
            if (pattern.Match(message) is { Success: true } match) return dutch(match);
        }
        return null;
    }

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A token as Scriban names it, as a Word user would recognise it.</summary>
    private static string Token(Match match) => match.Groups["t"].Value switch
    {
        "}}" or "CodeExit" or "<eof>" => "het einde van de tag",
        var token => $"'{token}'",
    };

    private static string TypeName(string type) => type.ToLowerInvariant() switch
    {
        "string" => "een tekst",
        "int" or "long" or "int?" or "system.int32" => "een geheel getal",
        "double" or "decimal" or "float" or "number" => "een getal",
        "bool" or "boolean" => "waar of onwaar",
        "array" or "list" => "een lijst",
        "null" => "leeg",
        _ => "een andere soort waarde",
    };
}
