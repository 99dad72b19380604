namespace TeamBot.Core.Regions;

public sealed record RegionCounts(
    int Municipalities,
    int Providers,
    int Products,
    int Contracts,
    int Documents,
    int DocumentSections);
