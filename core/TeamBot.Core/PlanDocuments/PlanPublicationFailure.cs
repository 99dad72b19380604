namespace TeamBot.Core.PlanDocuments;

/// <summary>Why a plan document was not (fully) published; each front door maps it to its own answer.</summary>
public enum PlanPublicationFailure
{
    None,

    /// <summary>The plan data or the template has problems: no document was made (CLI exit 2, HTTP 400).</summary>
    BadInput,

    /// <summary>The document was made but the document store refused it (CLI exit 1, HTTP 502).</summary>
    StoreFailed,

    /// <summary>The document was made but its PDF could not be (CLI exit 1, HTTP 502).</summary>
    PdfFailed,
}
