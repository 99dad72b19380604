namespace TeamBot.Bot.Addin;

/// <summary>GET /api/addin/status: how the task pane signs in, and whether it can store documents.</summary>
/// <param name="Mode">"local" (this computer, no sign-in) or "signedIn".</param>
/// <param name="ClientId">The add-in's app registration, for Nested App Authentication; null in local mode.</param>
/// <param name="Scope">The API scope the pane asks a token for; null in local mode.</param>
public sealed record AddinStatus(string Mode, string? User, bool CanUpload, string? ClientId, string? Scope);

/// <summary>POST /api/plans/costs.</summary>
public sealed record PlanCostsRequest(string? Plan);

/// <summary>POST /api/questions: a contract question from the Word pane.</summary>
public sealed record AddinQuestionRequest(string? Question, string? Municipality);

/// <param name="Category">"contract", "casuistiek" or "overig".</param>
/// <param name="Unsure">The bot was not sure: the pane says so and offers no quote as fact.</param>
public sealed record AddinAnswer(string Category, string Text, IReadOnlyList<AddinSource> Sources, bool Unsure);

public sealed record AddinSource(string Title, string? Section);

/// <summary>GET /api/region/municipalities: the Gemeenten sheet's numeric columns, to fill the Excel table.</summary>
public sealed record RegionMunicipalities(IReadOnlyList<string> Columns, IReadOnlyList<MunicipalityFigures> Municipalities);

public sealed record MunicipalityFigures(string Name, IReadOnlyDictionary<string, decimal> Values);

/// <summary>POST /api/costs/allocate: the Excel pane's gemeenten table and the split it asks for (Dutch names, as the plan format's).</summary>
public sealed record AllocationRequest(decimal? Bedrag, string? Afronding, IReadOnlyList<AllocationKeyRequest>? Sleutels, IReadOnlyList<AllocationMunicipality>? Gemeenten, string? Titel = null);

public sealed record AllocationKeyRequest(string? Naam, decimal? GewichtPercent, string? Kolom);

public sealed record AllocationMunicipality(string? Gemeente, IReadOnlyDictionary<string, decimal?>? Waarden);

/// <summary>One question of the log for a pivot table: no text, no asker.</summary>
public sealed record QuestionLogRow(string Week, string Gemeente, string Categorie, string Uitkomst, string? Feedback);
