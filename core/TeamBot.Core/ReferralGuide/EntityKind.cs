namespace TeamBot.Core.ReferralGuide;

public enum EntityKind
{
    Provider,
    Product,
    Municipality,
    Specialisation,
}
