namespace TeamBot.Core.Documents;

/// <summary>Collects problems of one document part, located by the tag they are about.</summary>
internal sealed class PartProblems(string part, TemplateProblemList all)
{
    private readonly int countAtStart = all.Count;

    public string Part { get; } = part;

    public bool Any => all.Count > countAtStart;

    public void Add(WordTag tag, string message) =>
        all.Add(new TemplateProblem(tag.Source, Part, tag.Place.Location, tag.Place.NearestHeading, message));

    public void Add(string tag, TagPlace place, string message) =>
        all.Add(new TemplateProblem(tag, Part, place.Location, place.NearestHeading, message));

    public void Add(WordTag? tag, string location, string message)
    {
        if (tag is not null) Add(tag, message);
        else all.Add(new TemplateProblem("", Part, location, null, message));
    }
}
