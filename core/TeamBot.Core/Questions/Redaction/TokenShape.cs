namespace TeamBot.Core.Questions.Redaction;

/// <summary>How a word is written, which decides whether it can be part of a personal name.</summary>
internal enum TokenShape
{
    /// <summary>Starts with a lower-case letter: "kerkstraat", "van".</summary>
    Lowercase,

    /// <summary>Starts with a capital: "Jansen", "Van", "Maastricht".</summary>
    Capitalised,

    /// <summary>One capital letter, as in the initial of "J. Jansen".</summary>
    Initial,

    /// <summary>Two or more letters, all capitals: "GGZ", "BGI-ZIN".</summary>
    Acronym,

    /// <summary>Contains a digit: "45A01", "Spoed4Jeugd".</summary>
    Numeric,
}
