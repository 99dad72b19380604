using TeamBot.Core.Language;

namespace TeamBot.Core.ReferralGuide;

/// <summary>
/// The specialisaties and doelgroepen of a region's aanbieders, found also in the forms people write them:
/// "autistische kinderen" means the term "autisme", "dementerende ouderen" the term "dementie". A word matches
/// a term's word when both share a long start (the Dutch stem before its endings).
/// </summary>
internal sealed class ProfileTerms
{
    private const int MinSharedStart = 5;

    // Dutch endings that leave the stem: "-tische", "-erende", "-ie", "-isme".
    private const int MaxEnding = 6;

    private readonly List<(string Term, string[] Words)> _terms = [];

    /// <param name="terms">The terms as the workbook writes them; the first spelling of a term is the one answers show.</param>
    public ProfileTerms(IEnumerable<string> terms, Func<string, bool> isOrdinaryWord)
    {
        foreach (var term in terms.Where(t => TextFolding.Words(t).Length > 0).DistinctBy(TextFolding.Words, StringComparer.Ordinal))
        {
            // Only the telling words must match: "jeugd 0-18" is told by nothing, "jongeren met LVB" by "lvb".
            var telling = TextFolding.Tokens(term).Where(w => !w.All(char.IsDigit) && !isOrdinaryWord(w) && w.Length >= 3).ToArray();
            if (telling.Length > 0) _terms.Add((term, telling));
        }
    }

    /// <summary>Every term as written.</summary>
    public IEnumerable<string> All => _terms.Select(t => t.Term);

    /// <summary>The terms whose every telling word the question has in a close form.</summary>
    public IEnumerable<string> CloseForms(IReadOnlyList<string> questionTokens) =>
        _terms.Where(t => t.Words.All(word => questionTokens.Any(token => AreClose(token, word)))).Select(t => t.Term);

    /// <summary>
    /// The same word with other endings ("autistische", "autisme"), or a compound that starts with it ("traumabehandeling"
    /// is about "trauma"); not a longer term that starts with the word typed ("crisis" is no "crisispleegzorg").
    /// </summary>
    private static bool AreClose(string typed, string word)
    {
        if (typed == word) return true;
        if (typed.Length < MinSharedStart || word.Length < MinSharedStart) return false;
        if (typed.StartsWith(word, StringComparison.Ordinal)) return true;
        var shared = 0;
        while (shared < typed.Length && shared < word.Length && typed[shared] == word[shared]) shared++;
        return shared >= MinSharedStart && typed.Length - shared <= MaxEnding && word.Length - shared <= MaxEnding && shared < typed.Length;
    }
}
