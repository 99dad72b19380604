namespace TeamBot.Core.Language;

/// <summary>"Bedoelt u ...?" for a typo: the closest known name within a few edits.</summary>
internal static class NameSuggestion
{
    public static string? Closest(string written, IEnumerable<string> known)
    {
        var allowed = Math.Max(2, written.Length / 4);
        return known
            .Select(name => (Name: name, Distance: Distance(written.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    public static string Hint(string written, IEnumerable<string> known) =>
        Closest(written, known) is { } name ? Question(name) : "";

    /// <summary>" Bedoelt u 'naam'?", to follow a sentence saying what was not found.</summary>
    public static string Question(string name) => $" Bedoelt u '{name}'?";

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
