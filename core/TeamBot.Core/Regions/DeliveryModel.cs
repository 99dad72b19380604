namespace TeamBot.Core.Regions;

/// <summary>The uitvoeringsvariant of a contract.</summary>
public enum DeliveryModel
{
    /// <summary>taakgericht</summary>
    TaskBased,
    /// <summary>outputgericht</summary>
    OutputBased,
    /// <summary>inspanningsgericht</summary>
    EffortBased,
}
