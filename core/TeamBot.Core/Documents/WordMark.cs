namespace TeamBot.Core.Documents;

/// <summary>
/// What a template function writes that is no text: an image or a numbering restart, as marks for
/// <see cref="RichRunWriter"/>. Joined to text it is empty, so it can never leak into a value.
/// </summary>
internal sealed record WordMark(string Marks)
{
    public override string ToString() => "";
}
