using TeamBot.Core.Regions;

namespace TeamBot.Core.ComposeSearch;

/// <summary>One result: a contract in force, with its aanbieder and product as the verwijsgids holds them.</summary>
public sealed record ContractHit(Contract Contract, Provider? Provider, Product? Product)
{
    public string ProductName => Product?.Name ?? Contract.ProductCode;
}
