namespace TeamBot.Core.Questions.Log;

/// <summary>
/// The region entities a question was about: aanbieders by name and products by code. Organisations and catalogue
/// codes only, never a person; the digest counts them and change alerts find who asked about a changed contract.
/// </summary>
/// <param name="Municipality">The gemeente the question was about (named in it, or the asker's own).</param>
public sealed record QuestionTopics(IReadOnlyList<string> Providers, IReadOnlyList<string> ProductCodes, string? Municipality = null)
{
    public static QuestionTopics None { get; } = new([], []);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Providers.Count == 0 && ProductCodes.Count == 0;

    public bool Mentions(string provider, string productCode) =>
        Providers.Contains(provider, StringComparer.OrdinalIgnoreCase) || ProductCodes.Contains(productCode, StringComparer.OrdinalIgnoreCase);
}
