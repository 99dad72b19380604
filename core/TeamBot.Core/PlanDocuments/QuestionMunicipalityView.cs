namespace TeamBot.Core.PlanDocuments;

/// <summary>A gemeente's questions, and how many of them were casuïstiek sent back to its toegang.</summary>
public sealed record QuestionMunicipalityView(string Gemeente, int Aantal, int CasuistiekDoorverwezen);
