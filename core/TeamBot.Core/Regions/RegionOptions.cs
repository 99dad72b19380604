namespace TeamBot.Core.Regions;

/// <summary>Section "Region": settings of the region as a whole.</summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    /// <summary>The zone of every "today", week and werkdag (IANA id), whatever the server's own zone is.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";
}
