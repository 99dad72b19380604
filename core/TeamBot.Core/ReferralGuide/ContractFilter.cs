using TeamBot.Core.Regions;

namespace TeamBot.Core.ReferralGuide;

/// <summary>Which contracts a question is about; an empty list means "any".</summary>
public sealed record ContractFilter(
    IReadOnlyCollection<string> Providers,
    IReadOnlyCollection<string> ProductCodes,
    string? Municipality)
{
    public static ContractFilter Any { get; } = new([], [], null);

    public bool Matches(Contract contract) =>
        (Providers.Count == 0 || Providers.Contains(contract.Provider, StringComparer.OrdinalIgnoreCase))
        && (ProductCodes.Count == 0 || ProductCodes.Contains(contract.ProductCode, StringComparer.OrdinalIgnoreCase))
        && (Municipality is null || contract.Municipalities.Contains(Municipality, StringComparer.OrdinalIgnoreCase));
}
