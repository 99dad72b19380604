using System.Text.Json.Serialization;

namespace TeamBot.Core.Digest;

/// <summary>
/// The week at a glance, as `teambot digest preview --json` prints it and the digest card shows it. Parts an audience
/// does not get are null: the toegangen never see other gemeenten' figures or the inkoopteam's work lists.
/// </summary>
public sealed record WeeklyDigest
{
    /// <summary>"2026-W49".</summary>
    public required string Week { get; init; }

    /// <summary>"inkoopteam" or "toegangen".</summary>
    public required string Audience { get; init; }

    /// <summary>The gemeente a toegangen digest keeps to; null for the whole region.</summary>
    [JsonPropertyName("gemeente")]
    public string? Municipality { get; init; }

    /// <summary>Monday of the week, yyyy-mm-dd.</summary>
    public required string From { get; init; }

    /// <summary>Sunday of the week, yyyy-mm-dd.</summary>
    public required string To { get; init; }

    public DigestQuestions? Questions { get; init; }

    /// <summary>Questions per week over the 8 weeks that end with this one, oldest first.</summary>
    public IReadOnlyList<DigestWeekCount>? Trend { get; init; }

    [JsonPropertyName("perGemeente")]
    public IReadOnlyList<DigestMunicipalityCount> PerMunicipality { get; init; } = [];

    public required DigestEscalations Escalations { get; init; }

    public IReadOnlyList<DigestTopic>? TopProducts { get; init; }

    public IReadOnlyList<DigestTopic>? TopProviders { get; init; }

    /// <summary>Contract questions the bot could not answer, redacted: candidates for a standard answer.</summary>
    public IReadOnlyList<DigestQuestion>? Unanswered { get; init; }

    /// <summary>How many there were in all; <see cref="Unanswered"/> lists the last few.</summary>
    public int? UnansweredTotal { get; init; }

    public DigestFeedback? Feedback { get; init; }

    public DigestTimeSaved? TimeSaved { get; init; }

    public IReadOnlyList<DigestEndingContract> EndingContracts { get; init; } = [];

    /// <summary>Uitvoeringsplan acties due in the quarter the week ends in.</summary>
    public IReadOnlyList<DigestPlanAction>? ActionsDue { get; init; }

    /// <summary>Verwijsgids changes of the imports of this week.</summary>
    public IReadOnlyList<DigestChange> Changes { get; init; } = [];

    /// <summary>Answers marked "nuttig" this week.</summary>
    public IReadOnlyList<DigestAnswer>? UsefulAnswers { get; init; }
}

/// <param name="AnsweredAtOnce">Contract and casuïstiek questions settled by the bot's answer alone.</param>
/// <param name="AnsweredAtOncePercent">Of the contract and casuïstiek questions; null without any.</param>
public sealed record DigestQuestions(
    int Total,
    int Contract,
    [property: JsonPropertyName("casuistiek")] int CaseQuestions,
    [property: JsonPropertyName("overig")] int Other,
    int AnsweredAtOnce,
    decimal? AnsweredAtOncePercent,
    int PreviousWeek);

public sealed record DigestWeekCount(string Week, int Total);

/// <param name="CaseQuestionsRedirected">Casuïstiek sent back to the toegang's own process (what the procesafspraken are about).</param>
public sealed record DigestMunicipalityCount(
    [property: JsonPropertyName("gemeente")] string Municipality,
    int Total,
    [property: JsonPropertyName("casuistiekRedirected")] int CaseQuestionsRedirected);

/// <param name="Overdue">Open longer than the norm of 5 werkdagen at the end of the week.</param>
public sealed record DigestEscalations(int Open, int Overdue)
{
    /// <summary>The norm in werkdagen (Questions:Statistics:ResponseWorkingDays).</summary>
    public int NormWorkingDays { get; init; } = 5;
}

/// <param name="Code">The productcode, for products; null for aanbieders.</param>
public sealed record DigestTopic(string Name, string? Code, int Questions);

/// <param name="Reference">The unguessable reference its card buttons carry; never printed.</param>
public sealed record DigestQuestion(long LogId, string Question, [property: JsonIgnore] string? Reference = null);

public sealed record DigestFeedback(int Useful, int NotUseful, IReadOnlyList<DigestQuestion> NotUsefulAnswers);

public sealed record DigestTimeSaved(int MinutesPerQuestion, decimal Hours);

/// <param name="EndDate">yyyy-mm-dd.</param>
/// <param name="WithinDays">Days from the Monday after the week to the einddatum.</param>
public sealed record DigestEndingContract(
    [property: JsonPropertyName("aanbieder")] string Provider,
    [property: JsonPropertyName("productcode")] string ProductCode,
    [property: JsonPropertyName("product")] string? ProductName,
    [property: JsonPropertyName("einddatum")] string EndDate,
    int WithinDays);

public sealed record DigestPlanAction(string Plan, string Action, string Due);

/// <param name="Kind">"added", "ended" or "changed".</param>
/// <param name="Detail">Dutch: "beëindigd per 31-12-2026", "tarief € 61,50 → € 63,00".</param>
public sealed record DigestChange(
    string Kind,
    [property: JsonPropertyName("aanbieder")] string Provider,
    [property: JsonPropertyName("productcode")] string ProductCode,
    string Detail,
    [property: JsonPropertyName("gemeenten")] string Municipalities,
    string ImportedOn);

public sealed record DigestAnswer(long LogId, string Question, string Answer);
