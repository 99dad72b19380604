namespace TeamBot.Core.Documents;

/// <summary>What a tag does to the structure around it.</summary>
internal enum TagRole
{
    /// <summary>Writes a value: "{{ a.actie }}".</summary>
    Output,

    /// <summary>Writes nothing: an assignment, a comment, break/continue.</summary>
    Silent,

    /// <summary>Opens a block closed by "end": for, if, while, case, capture, func, with, wrap.</summary>
    Open,

    /// <summary>Divides an open block: else, else if, when.</summary>
    Middle,

    /// <summary>"{{ end }}".</summary>
    Close,

    /// <summary>Opens or closes more than one block in one tag, which cannot be laid out over paragraphs.</summary>
    Tangled,
}
