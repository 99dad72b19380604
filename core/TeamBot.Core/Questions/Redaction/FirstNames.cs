using System.Collections.Frozen;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Common first names in the Netherlands (first-names.txt, data not code), and the verbs that follow a name opening a
/// sentence ("Fatima wil", "Emre woont"). A first name alone is only a name with that context: many are also words
/// ("Roos", "Mark") or parts of an aanbieder's name ("Stichting Vincent van Gogh Zuid", protected whole by the lexicon).
/// </summary>
internal static class FirstNames
{
    public const string ResourceName = "TeamBot.Core.Questions.Redaction.first-names.txt";

    private static readonly Lazy<FrozenSet<string>> Shipped = new(() => RedactionLexicon.LoadEmbeddedWordList(ResourceName));

    /// <summary>Third person and plural forms that follow a subject; "Noor en haar broer willen" ends on the plural.</summary>
    public static readonly FrozenSet<string> VerbsAfterName = FrozenSet.ToFrozenSet(
        ["is", "was", "heeft", "had", "wil", "wilde", "kan", "kon", "mag", "mocht", "moet", "moest", "zal", "zou", "wordt", "werd",
         "krijgt", "kreeg", "gaat", "ging", "komt", "kwam", "zit", "zat", "woont", "woonde", "staat", "stond", "ligt", "lag",
         "blijft", "bleef", "doet", "deed", "zegt", "zei", "vraagt", "vroeg", "belt", "belde", "mailt", "mailde", "meldt", "meldde",
         "gebruikt", "gebruikte", "ontvangt", "ontving", "zoekt", "zocht", "vindt", "vond", "wacht", "wachtte", "werkt", "werkte",
         "speelt", "speelde", "loopt", "liep", "rijdt", "reed", "spreekt", "sprak", "praat", "eet", "slaapt", "leert", "volgt",
         "start", "stopt", "begint", "begon", "verhuist", "verhuisde", "kiest", "koos", "weigert", "voelt", "ervaart", "heet",
         "en", "hebben", "zijn", "willen", "gaan", "komen", "wonen", "krijgen", "zitten", "moeten", "kunnen", "mogen"]);

    public static bool Contains(string key) => Shipped.Value.Contains(key);
}
