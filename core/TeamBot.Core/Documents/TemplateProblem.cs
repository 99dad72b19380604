namespace TeamBot.Core.Documents;

/// <summary>
/// One thing wrong with a template, located so that a Word user can find it.
/// </summary>
/// <param name="Tag">The tag as typed, e.g. "{{ for a in acties }}"; empty when the problem has no tag.</param>
/// <param name="Part">The document part in Dutch: "hoofdtekst", "koptekst 1", "voettekst 1", "voetnoten", "eindnoten", "documenteigenschappen".</param>
/// <param name="Location">"alinea 12" or "tabel 2, rij 3, cel 1" (1-based; alinea counts paragraphs outside tables).</param>
/// <param name="NearestHeading">The text of the last heading before the tag, if any.</param>
/// <param name="Message">What is wrong, in Dutch, including Scriban's own message where it has one.</param>
public sealed record TemplateProblem(string Tag, string Part, string Location, string? NearestHeading, string Message)
{
    public override string ToString()
    {
        var where = NearestHeading is null ? $"{Part}, {Location}" : $"{Part}, {Location} (onder kop \"{NearestHeading}\")";
        return Tag.Length == 0 ? $"{where}: {Message}" : $"{where}, tag {Tag}: {Message}";
    }
}
