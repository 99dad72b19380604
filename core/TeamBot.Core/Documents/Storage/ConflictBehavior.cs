namespace TeamBot.Core.Documents.Storage;

/// <summary>What happens when a document with the same name is already stored.</summary>
public enum ConflictBehavior
{
    /// <summary>Keep both: the new one gets a free name such as "naam (1).docx".</summary>
    Rename,

    /// <summary>Overwrite the existing document.</summary>
    Replace,
}
