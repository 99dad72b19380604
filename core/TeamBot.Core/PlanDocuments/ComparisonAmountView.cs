namespace TeamBot.Core.PlanDocuments;

/// <summary>An amount of a vergelijking ("Bijdrage 2020"): a gemeente's, or the total; <see cref="Verschil"/> is this year's minus it.</summary>
public sealed record ComparisonAmountView(string Naam, decimal Bedrag, string BedragTekst, decimal Verschil, string VerschilTekst, decimal? VerschilProcent);
