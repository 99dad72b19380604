using System.Collections.Frozen;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>The small closed word sets that shape Dutch personal names and the words that announce them (all in key form).</summary>
internal static class DutchNameParts
{
    /// <summary>Tussenvoegsels: "van der", "in 't", "op de"; part of a name only between or before capitalised words.</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "op", "la", "le", "du", "da", "di", "von", "vd", "d'"]);

    /// <summary>Forms of address; after them the next words are a name, also when written in lower case.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["mevrouw", "meneer", "mevr", "mw", "mvr", "dhr", "hr", "mr", "mej", "mejuffrouw", "juffrouw", "familie", "fam", "dr", "drs", "prof"]);

    /// <summary>Family words; the name follows, possibly after "van" ("zoon van Jan").</summary>
    public static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(
        ["zoon", "dochter", "moeder", "vader", "broer", "zus", "zusje", "broertje", "pleegkind", "pleegzoon", "pleegdochter",
         "pleegmoeder", "pleegvader", "stiefmoeder", "stiefvader", "oma", "opa", "tante", "oom", "partner", "echtgenoot", "echtgenote"]);

    /// <summary>Words for the client; a capitalised word right after them is a name ("cliënt Sem").</summary>
    public static readonly FrozenSet<string> ClientWords = FrozenSet.ToFrozenSet(
        ["client", "cliente", "kind", "jongere", "jeugdige", "meisje", "jongen", "bewoner", "patient"]);

    /// <summary>Words that say the next words are a name, written in any case ("heet sem").</summary>
    public static readonly FrozenSet<string> NamingWords = FrozenSet.ToFrozenSet(["genaamd", "heet", "heten"]);

    /// <summary>Words that make a question about one client (casuïstiek), where any full date is personal.</summary>
    public static readonly FrozenSet<string> CaseWords = FrozenSet.ToFrozenSet(
        ["client", "cliente", "kind", "zoon", "dochter", "moeder", "vader", "gezin", "jongere", "meisje", "jongen", "mevrouw",
         "meneer", "mevr", "mw", "dhr", "pleegkind", "jeugdige", "broer", "zus"]);

    /// <summary>Months and weekdays: capitalised by some writers, never a name ("jan" is left out: Jan is a first name).</summary>
    public static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
         "december", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
         "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);

    /// <summary>Abbreviations whose period does not end the sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["mevr", "mw", "mvr", "dhr", "hr", "mr", "mej", "fam", "dr", "drs", "ir", "ing", "prof", "st", "sr", "jr", "nr",
         "geb", "bijv", "evt", "ca", "vs"]);
}
