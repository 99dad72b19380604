namespace TeamBot.Core.ReferralGuide;

/// <summary>A region entity found in a question. <see cref="Key"/> is the provider or gemeente name, the productcode or the specialisation.</summary>
/// <param name="Exactness">1 for an exact name or alias, lower for a typo or a partial word.</param>
public sealed record EntityMatch(EntityKind Kind, string Key, int TokenStart, int TokenCount, double Exactness);
