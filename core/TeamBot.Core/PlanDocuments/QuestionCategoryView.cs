namespace TeamBot.Core.PlanDocuments;

/// <summary>A row of the questions per category: <c>categorie</c> as logged ("casuistiek"), <c>naam</c> as a reader says it ("Casuïstiek").</summary>
public sealed record QuestionCategoryView(string Categorie, string Naam, int Aantal);
