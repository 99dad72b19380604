using TeamBot.Core.Questions.Redaction;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;
using TeamBot.Core.Search;

namespace TeamBot.Core.Questions;

/// <summary>What answering needs from one version of the region data, built once per data version.</summary>
public sealed class RegionKnowledge
{
    public RegionKnowledge(RegionData data, long dataVersion)
    {
        Guide = new ReferralGuideSnapshot(data, dataVersion);
        Search = new DocumentSearchIndex(data.Documents);
        Redactor = new PersonalDataRedactor(RedactionLexicon.FromRegion(data));
    }

    public ReferralGuideSnapshot Guide { get; }

    public DocumentSearchIndex Search { get; }

    public PersonalDataRedactor Redactor { get; }

    public long DataVersion => Guide.DataVersion;
}
