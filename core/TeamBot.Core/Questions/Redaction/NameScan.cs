using System.Collections.Frozen;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Finds personal names among the words of one text, from most to least certain: right after a cue
/// ("mevrouw", "cliënt", "zoon van", "heet"), right before an age ("Sem (9)"), by shape (capitalised words
/// that are neither region names nor common words), and finally every other mention of a name already found.
/// A whole region name ("Ruud Habets", "Valkenburg aan de Geul") never counts; words next to each other merge
/// into one name ("mevrouw Van der Berg-Janssen" gives "mevrouw [NAAM]").
/// </summary>
internal sealed class NameScan
{
    // Tussenvoegsels that open a surname without a first name ("Van Dijk", "De Vries"); "In", "Op", "Het" open sentences.
    private static readonly FrozenSet<string> SurnameOpeners = FrozenSet.ToFrozenSet(["van", "de", "der", "den", "ter", "ten", "vd", "d'"]);

    private readonly string text;
    private readonly RedactionLexicon lexicon;
    private readonly List<WordToken> tokens;
    private readonly bool[] excluded; // taken by another detector, or part of a whole region name: never a name
    private readonly bool[] named;

    private NameScan(string text, RedactionLexicon lexicon, SpanClaims claims)
    {
        this.text = text;
        this.lexicon = lexicon;
        tokens = WordTokenizer.Tokenize(text);
        excluded = tokens.Select(t => !claims.IsFree(t.Start, t.Length)).ToArray();
        named = new bool[tokens.Count];
    }

    /// <summary>Claims every name in the text; returns whether the text speaks of a client (so is casuïstiek).</summary>
    public static bool ClaimNames(string text, RedactionLexicon lexicon, SpanClaims claims)
    {
        var scan = new NameScan(text, lexicon, claims);
        scan.ExcludeRegionNames();
        scan.MarkNamesAfterCues();
        scan.MarkNamesBeforeAges();
        scan.MarkNamesByShape();
        scan.MarkKnownFirstNames();
        scan.MarkFirstNamesJoinedByEn();
        scan.MarkRepeatedNames();
        scan.ClaimNamedRuns(claims);
        return scan.tokens.Exists(t => DutchNameParts.CaseWords.Contains(t.Key));
    }

    private void ExcludeRegionNames()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = lexicon.ProtectedNameLength(tokens, i);
            if (length == 0) continue;
            Array.Fill(excluded, true, i, length);
            i += length - 1;
        }
    }

    private void MarkNamesAfterCues()
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (excluded[i]) continue;
            var key = tokens[i].Key;
            if (IsTitle(i))
                MarkNameAfterCue(i + 1, allowPeriod: true, lowercaseName: true);
            else if (DutchNameParts.Relatives.Contains(key))
                MarkNameAfterCue(AfterLowercaseVan(i + 1), allowPeriod: false, lowercaseName: false);
            else if (DutchNameParts.ClientWords.Contains(key))
                MarkNameAfterCue(i + 1, allowPeriod: false, lowercaseName: false);
            else if (DutchNameParts.NamingWords.Contains(key))
                MarkNameAfterCue(i + 1, allowPeriod: false, lowercaseName: true);
        }
    }

    private bool IsTitle(int i) =>
        DutchNameParts.Titles.Contains(tokens[i].Key) || (tokens[i].Key == "heer" && i > 0 && tokens[i - 1].Key == "de");

    /// <summary>"zoon van Jan": the name starts after a lower-case "van" ("zoon Van Dijk" keeps its "Van").</summary>
    private int AfterLowercaseVan(int next) =>
        next + 1 < tokens.Count && tokens[next].Key == "van" && tokens[next].Shape == TokenShape.Lowercase && tokens[next + 1].JoinsPrevious
            ? next + 1
            : next;

    private void MarkNameAfterCue(int start, bool allowPeriod, bool lowercaseName)
    {
        if (start >= tokens.Count || !FollowsCue(start, allowPeriod)) return;
        Mark(start, ChainEnd(start, lowercaseName));
    }

    /// <summary>The name must follow the cue on the same line, after spaces, a colon, or (after a title) a period.</summary>
    private bool FollowsCue(int next, bool allowPeriod)
    {
        if (tokens[next].JoinsPrevious) return true;
        var before = tokens[next - 1];
        var separator = text.AsSpan(before.End, tokens[next].Start - before.End).Trim(" \t\u00A0");
        return separator is ":" || (allowPeriod && separator is ".");
    }

    private void MarkNamesBeforeAges()
    {
        foreach (var match in RedactionPatterns.Age().EnumerateMatches(text))
        {
            var last = TokenEndingAt(NameEndBeforeAge(match.Index));
            if (last >= 0 && IsHead(last))
                MarkIfNameShaped(ChainStartBefore(last), last + 1, atSentenceStartNeedsFullName: false);
        }
    }

    /// <summary>Where a name before an age would end: "Sem (9)", "Sem, 9 jaar", "Yara van 12 jaar", "Sem 9 jaar".</summary>
    private int NameEndBeforeAge(int ageStart)
    {
        var position = SpacesBackFrom(ageStart);
        if (text[ageStart] == '(') return position;
        if (position > 0 && text[position - 1] == ',') return SpacesBackFrom(position - 1);
        var isAfterVan = position >= 4 && text.AsSpan(position - 4, 4).Equals(" van", StringComparison.OrdinalIgnoreCase);
        if (isAfterVan) return SpacesBackFrom(position - 3);
        return position < ageStart ? position : -1;
    }

    private int SpacesBackFrom(int position)
    {
        while (position > 0 && text[position - 1] is ' ' or '\t') position--;
        return position;
    }

    private void MarkNamesByShape()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsHead(i) && !(IsLink(i) && tokens[i].Shape != TokenShape.Lowercase)) continue;
            var end = ChainEnd(i, lowercaseName: false);
            if (end == i) continue;
            MarkIfNameShaped(i, end, atSentenceStartNeedsFullName: true);
            i = end - 1;
        }
    }

    /// <summary>
    /// A common first name with a capital is a name mid-sentence ("met Roos gesproken"), and at a sentence start when a
    /// verb follows ("Fatima wil", "Noor en haar broer"), also when the name is a word too. Region names were excluded first.
    /// </summary>
    private void MarkKnownFirstNames()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (named[i] || !IsHead(i) || !FirstNames.Contains(tokens[i].Key)) continue;
            if (!tokens[i].StartsSentence || IsFollowedByVerb(i)) named[i] = true;
        }
    }

    private bool IsFollowedByVerb(int i) =>
        i + 1 < tokens.Count && tokens[i + 1].JoinsPrevious && tokens[i + 1].Shape == TokenShape.Lowercase
        && FirstNames.VerbsAfterName.Contains(tokens[i + 1].Key);

    /// <summary>"Peter en Ingrid Claassen": a lone unknown word joined by "en" to a name is a first name, also at a sentence start.</summary>
    private void MarkFirstNamesJoinedByEn()
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
            if (named[i + 2] && tokens[i + 1].Key == "en" && tokens[i + 1].JoinsPrevious && tokens[i + 2].JoinsPrevious
                && IsHead(i) && !lexicon.IsKnown(tokens[i].Key))
                named[i] = true;
    }

    /// <summary>A name found once is a name everywhere: "Sem (9) … Sem gaat naar school" loses both.</summary>
    private void MarkRepeatedNames()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
            if (named[i] && !IsParticle(i) && tokens[i].Shape != TokenShape.Initial) found.Add(tokens[i].Key);
        if (found.Count == 0) return;
        for (var i = 0; i < tokens.Count; i++)
            if (IsHead(i) && found.Contains(tokens[i].Key)) named[i] = true;
    }

    private void ClaimNamedRuns(SpanClaims claims)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!named[i]) continue;
            var last = i;
            while (last + 1 < tokens.Count && named[last + 1] && tokens[last + 1].JoinsPrevious) last++;
            claims.TryClaim(PersonalDataKind.Name, tokens[i].Start, tokens[last].End - tokens[i].Start);
            i = last;
        }
    }

    /// <summary>
    /// Marks the chain [start, end) as a name once it holds a word that is no known word; known words before
    /// that are dropped ("Vandaag Jansen gebeld"). At a sentence start one unknown word is not enough
    /// ("Sem gaat"), it takes a full name: a surname with tussenvoegsel or initial, or two names ("Jan Jansen").
    /// </summary>
    private void MarkIfNameShaped(int start, int end, bool atSentenceStartNeedsFullName)
    {
        var units = Units(start, end);
        var first = units.FindIndex(u => !lexicon.IsKnown(tokens[u.Head].Key));
        if (first < 0) return;
        var opening = units[first];
        if (atSentenceStartNeedsFullName && tokens[opening.Start].StartsSentence && !IsFullName(units, first)) return;
        Mark(opening.Start, end);
    }

    private bool IsFullName(List<NameUnit> units, int first)
    {
        if (OpensWithSurnamePart(units[first])) return true;
        if (first + 1 >= units.Count) return false;
        var next = units[first + 1];
        return next.Start != next.Head || !lexicon.IsKnown(tokens[next.Head].Key);
    }

    private bool OpensWithSurnamePart(NameUnit unit) =>
        unit.Start != unit.Head && (tokens[unit.Start].Shape == TokenShape.Initial || SurnameOpeners.Contains(tokens[unit.Start].Key));

    /// <summary>Splits a chain into units of optional tussenvoegsels or initials plus the capitalised word they lead to.</summary>
    private List<NameUnit> Units(int start, int end)
    {
        var units = new List<NameUnit>();
        var unitStart = start;
        for (var i = start; i < end; i++)
        {
            if (!IsHead(i)) continue;
            units.Add(new NameUnit(unitStart, i));
            unitStart = i + 1;
        }
        return units;
    }

    /// <summary>
    /// The end (exclusive) of the longest name from <paramref name="start"/>: capitalised words, tussenvoegsels and
    /// initials joined by spaces, ending on a capitalised word ("Jan van der Berg", "J. Jansen", "Van Dijk").
    /// With <paramref name="lowercaseName"/>, after a title, unknown lower-case words count too ("mevrouw de vries").
    /// </summary>
    private int ChainEnd(int start, bool lowercaseName)
    {
        var end = start;
        for (var i = start; i < tokens.Count; i++)
        {
            if (i > start && !tokens[i].JoinsPrevious) break;
            if (IsHead(i) || (lowercaseName && IsLowercaseUnknown(i))) end = i + 1;
            else if (!IsLink(i) || (i == start && !lowercaseName && tokens[i].Shape == TokenShape.Lowercase)) break;
        }
        return end;
    }

    /// <summary>Walks back from the word before an age over the rest of the name; a name does not open with a lower-case "van".</summary>
    private int ChainStartBefore(int last)
    {
        var first = last;
        while (first > 0 && tokens[first].JoinsPrevious && (IsHead(first - 1) || IsLink(first - 1))) first--;
        while (first < last && tokens[first].Shape == TokenShape.Lowercase) first++;
        return first;
    }

    private int TokenEndingAt(int position)
    {
        var low = 0;
        var high = tokens.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var end = tokens[middle].End;
            if (end == position) return middle;
            if (end < position) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private void Mark(int start, int end) => Array.Fill(named, true, start, end - start);

    /// <summary>Free to be read as part of a name: not taken, not a region name, not a code, acronym, month or weekday.</summary>
    private bool IsAvailable(int i) =>
        !excluded[i] && !named[i]
        && tokens[i].Shape is not (TokenShape.Numeric or TokenShape.Acronym)
        && !DutchNameParts.CalendarWords.Contains(tokens[i].Key);

    private bool IsParticle(int i) => DutchNameParts.Particles.Contains(tokens[i].Key);

    /// <summary>A word that can end a name: capitalised and no tussenvoegsel.</summary>
    private bool IsHead(int i) => IsAvailable(i) && tokens[i].Shape == TokenShape.Capitalised && !IsParticle(i);

    /// <summary>A word that can sit inside a name but not end it: a tussenvoegsel or an initial.</summary>
    private bool IsLink(int i) => IsAvailable(i) && (IsParticle(i) || tokens[i].Shape == TokenShape.Initial);

    private bool IsLowercaseUnknown(int i) =>
        IsAvailable(i) && tokens[i].Shape == TokenShape.Lowercase && !IsParticle(i) && !lexicon.IsKnown(tokens[i].Key);
}
