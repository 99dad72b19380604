namespace TeamBot.Core.Regions.Import;

public enum ContractChangeKind
{
    Added,
    Ended,
    Changed,
}
