namespace TeamBot.Core.Regions;

public enum ContractStatus
{
    Active,
    Ended,
    Planned,
}
