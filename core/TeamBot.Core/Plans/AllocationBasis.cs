namespace TeamBot.Core.Plans;

/// <summary>Where a verdeelsleutel takes each gemeente's value from.</summary>
public enum AllocationBasis
{
    /// <summary>"gelijk": the same share for every deelnemende gemeente.</summary>
    Equal,

    /// <summary>"kolom": a numeric column of the region's Gemeenten.</summary>
    Column,

    /// <summary>"waarden": numbers given in the plan itself.</summary>
    Values,
}
