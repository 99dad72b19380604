namespace TeamBot.Core.Questions.Classification;

internal enum QuestionTokenKind
{
    /// <summary>A word, folded to lower case without diacritics.</summary>
    Word,

    /// <summary>A redaction placeholder such as [BSN], [DATUM] or [ADRES]: personal data, so a client is meant.</summary>
    PersonalData,

    /// <summary>
    /// The [NAAM] placeholder. The redactor also hides names of aanbieders, places and products it does not know,
    /// so it is read as any proper name and the words around it decide ("mevrouw [NAAM]" or "is [NAAM] gecontracteerd").
    /// </summary>
    Name,

    /// <summary>A generalised shape such as [CODE], [BEDRAG] or [LEEFTIJD], standing for the value it replaced.</summary>
    Shape,

    /// <summary>"?", "!" or an emoji.</summary>
    Symbol,
}
