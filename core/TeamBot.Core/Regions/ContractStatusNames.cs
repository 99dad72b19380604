namespace TeamBot.Core.Regions;

/// <summary>The Dutch names of contract statuses.</summary>
public static class ContractStatusNames
{
    public static string ToDutch(this ContractStatus status) => status switch
    {
        ContractStatus.Active => "actief",
        ContractStatus.Ended => "beëindigd",
        ContractStatus.Planned => "gepland",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static ContractStatus? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "actief" or "lopend" or "active" => ContractStatus.Active,
        "beëindigd" or "beeindigd" or "beëindigt" or "opgezegd" or "ended" => ContractStatus.Ended,
        "gepland" or "toekomstig" or "planned" => ContractStatus.Planned,
        _ => null,
    };
}
