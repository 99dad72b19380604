namespace TeamBot.Core.Documents;

/// <summary>Where a tag stands, in the words a problem report uses.</summary>
internal sealed record TagPlace(string Location, string? NearestHeading);
