namespace TeamBot.Core.Plans;

/// <summary>A gemeente's value for one verdeelsleutel and that value's share of the sleutel's total, in percent rounded to 0,01.</summary>
public sealed record KeyShare(decimal Value, decimal SharePercent);
