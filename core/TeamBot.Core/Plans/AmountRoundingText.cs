using TeamBot.Core.Formatting;

namespace TeamBot.Core.Plans;

/// <summary>An amount written as its allocation's afronding says: € 81.456 for euro, € 27.584,03 for cent.</summary>
public static class AmountRoundingText
{
    public static string Format(this AmountRounding rounding, decimal amount) =>
        rounding == AmountRounding.Euro ? DutchFormat.WholeEuros(amount) : DutchFormat.Money(amount);
}
