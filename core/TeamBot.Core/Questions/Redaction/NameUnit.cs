namespace TeamBot.Core.Questions.Redaction;

/// <summary>Part of a name chain: token <see cref="Start"/> up to the capitalised word at <see cref="Head"/> ("van der" + "Berg").</summary>
internal readonly record struct NameUnit(int Start, int Head);
