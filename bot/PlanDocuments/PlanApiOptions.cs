namespace TeamBot.Bot.PlanDocuments;

/// <summary>Section "Documents:Api".</summary>
public sealed class PlanApiOptions
{
    public const string Section = "Documents:Api";

    /// <summary>Off by default: the API has no sign-in of its own.</summary>
    public bool AllowRemote { get; set; }
}
