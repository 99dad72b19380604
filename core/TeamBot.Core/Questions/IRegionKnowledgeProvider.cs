namespace TeamBot.Core.Questions;

/// <summary>The region knowledge for the data stored now.</summary>
public interface IRegionKnowledgeProvider
{
    ValueTask<RegionKnowledge> GetAsync(CancellationToken cancellationToken = default);
}
