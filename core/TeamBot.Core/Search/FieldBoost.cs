namespace TeamBot.Core.Search;

/// <param name="MatchesAlternatives">Whether synonyms and compound parts are searched here too, not only the word itself.</param>
internal readonly record struct FieldBoost(string Field, float Boost, bool MatchesAlternatives = true);
