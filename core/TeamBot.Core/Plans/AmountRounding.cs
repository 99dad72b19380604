namespace TeamBot.Core.Plans;

/// <summary>How allocated amounts are shown: to the whole euro or to the cent.</summary>
public enum AmountRounding
{
    Euro,
    Cent,
}
