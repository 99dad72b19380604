namespace TeamBot.Core.Questions.Classification;

internal readonly record struct WeightedFeature(string Name, double Value);
