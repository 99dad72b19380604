namespace TeamBot.Tests.Support;

/// <summary>
/// Tests that move a fake clock while a real HTTP call is in flight: alone, they cannot be starved by the suite's
/// process-spawning tests into a fake time-out and an extra attempt.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveGroup
{
    public const string Name = "timing sensitive";
}
