namespace TeamBot.Core.Documents;

/// <summary>Where a tag's Scriban code ends up in the part's template text.</summary>
internal enum TagPlacement
{
    /// <summary>Inside its text element, between the text around it.</summary>
    InText,

    /// <summary>In place of its paragraph, which only held block tags and goes.</summary>
    InsteadOfParagraph,

    /// <summary>Before the table row it sits in (the opening tag of a row block).</summary>
    BeforeRow,

    /// <summary>After the table row it sits in (the end of a row block).</summary>
    AfterRow,

    /// <summary>Before the table cell it sits in (a tablerow block: the cell repeats, a column per item).</summary>
    BeforeCell,

    /// <summary>After the table cell it sits in (the end of a tablerow block).</summary>
    AfterCell,
}
