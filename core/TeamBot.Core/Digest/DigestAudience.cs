namespace TeamBot.Core.Digest;

/// <summary>Who reads a digest: the inkoopteam sees every figure, the toegangen what helps them refer (never other gemeenten' figures).</summary>
public enum DigestAudience
{
    Inkoopteam,
    Toegangen,
}
