namespace TeamBot.Core.PlanDocuments;

/// <summary>The askers' verdicts: "Nuttig", "Niet nuttig", and "Dit is toch een contractvraag" on a casuïstiek answer.</summary>
public sealed record FeedbackFiguresView(int Nuttig, int NietNuttig, int TochContractvraag);
