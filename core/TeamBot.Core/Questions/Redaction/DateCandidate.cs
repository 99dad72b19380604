namespace TeamBot.Core.Questions.Redaction;

/// <summary>A full date in the text, and whether words like "geboren" announce it as a date of birth.</summary>
internal readonly record struct DateCandidate(int Start, int Length, bool IsBirthDate);
