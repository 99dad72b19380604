namespace TeamBot.Core.ReferralGuide;

public enum EntityKind
{
    Provider,
    Product,
    Municipality,
    Specialisation,
    /// <summary>A region the gemeenten belong to ("Maastricht-Heuvelland", "het Heuvelland"): named, it narrows nothing.</summary>
    Region,
}
