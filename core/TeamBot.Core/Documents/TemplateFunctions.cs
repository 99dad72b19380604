using System.Globalization;
using Scriban.Runtime;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Documents;

/// <summary>
/// The Dutch formatting functions templates can call, as "{{ bedrag k.totaal }}" or "{{ k.totaal | bedrag }}".
/// An empty value (null or blank text) gives empty text, so missing optional data leaves a blank rather than an error.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>The names as a template author types them, with what they show.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["bedrag"] = "bedrag in euro met centen: 27584.03 → € 27.584,03",
        ["euro"] = "hele euro's, afgerond: 27584.03 → € 27.584",
        ["getal"] = "getal met duizendtallen; optioneel het aantal decimalen: 1234.5 → 1.234,5; getal 1234.5 2 → 1.234,50",
        ["procent"] = "percentage, de waarde is al in procenten: 6.25 → 6,25%; optioneel het aantal decimalen",
        ["datum"] = "datum voluit: 2023-01-01 → 1 januari 2023",
        ["datum_kort"] = "datum kort: 2027-12-31 → 31-12-2027",
        ["kwartaal"] = "kwartaal van een datum of een nummer 1-4: 2023-05-15 → 2e kwartaal",
        ["afbeelding"] = "plaatst een afbeelding uit de plangegevens, zo breed als de tekst: afbeelding b.afbeelding",
        ["opnieuw_nummeren"] = "laat de nummering van deze alinea's lijst opnieuw bij 1 beginnen: opnieuw_nummeren for.first",
    };

    private const int MaxDecimals = 10;

    public static void Register(ScriptObject builtins)
    {
        builtins.Import("bedrag", new Func<object?, string>(Currency));
        builtins.Import("euro", new Func<object?, string>(WholeEuros));
        builtins.Import("getal", new Func<object?, int?, string>(Number));
        builtins.Import("procent", new Func<object?, int?, string>(Percentage));
        builtins.Import("datum", new Func<object?, string>(LongDate));
        builtins.Import("datum_kort", new Func<object?, string>(ShortDate));
        builtins.Import("kwartaal", new Func<object?, string>(Quarter));
        builtins.Import("afbeelding", new Func<object?, object?>(Image));
        builtins.Import("opnieuw_nummeren", new Func<bool?, object?>(RestartNumbering));
    }

    /// <summary>A mark the renderer replaces by the picture the model names; the name is only a key, never a path.</summary>
    public static object? Image(object? name) => IsEmpty(name)
        ? null
        : new WordMark($"{RichMarks.ImageOn}{RichMarks.Strip(Convert.ToString(name, CultureInfo.InvariantCulture) ?? "").ReplaceLineEndings("")}{RichMarks.ImageOff}");

    /// <summary>Marks the paragraph as the first of a new list when <paramref name="start"/> holds (for.first in a loop).</summary>
    public static object? RestartNumbering(bool? start = null) =>
        start is false ? null : new WordMark(RichMarks.ListStart.ToString());

    public static string Currency(object? value) => IsEmpty(value) ? "" : DutchFormat.Money(TemplateValues.ToDecimal(value));

    public static string WholeEuros(object? value) => IsEmpty(value) ? "" : DutchFormat.WholeEuros(TemplateValues.ToDecimal(value));

    public static string Number(object? value, int? decimals = null) => IsEmpty(value) ? "" : decimals is int places
        ? DutchFormat.Number(TemplateValues.ToDecimal(value), Decimals(places))
        : DutchFormat.Number(TemplateValues.ToDecimal(value));

    public static string Percentage(object? value, int? decimals = null) => IsEmpty(value) ? "" : decimals is int places
        ? DutchFormat.Percentage(TemplateValues.ToDecimal(value), Decimals(places))
        : DutchFormat.CompactPercentage(TemplateValues.ToDecimal(value));

    public static string LongDate(object? value) => IsEmpty(value) ? "" : DutchFormat.LongDate(TemplateValues.ToDate(value));

    public static string ShortDate(object? value) => IsEmpty(value) ? "" : DutchFormat.Date(TemplateValues.ToDate(value));

    public static string Quarter(object? value) => IsEmpty(value) ? "" : DutchFormat.Quarter(TemplateValues.ToQuarter(value));

    private static bool IsEmpty([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] object? value) => value is null || value is string text && string.IsNullOrWhiteSpace(text);

    private static int Decimals(int requested) => requested is >= 0 and <= MaxDecimals
        ? requested
        : throw new TemplateValueException($"Het aantal decimalen is 0 tot en met {MaxDecimals}, niet {requested}.");
}
