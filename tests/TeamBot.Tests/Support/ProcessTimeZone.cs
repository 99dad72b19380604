namespace TeamBot.Tests.Support;

/// <summary>
/// Sets the process's own time zone (TZ, which .NET reads on Linux) for one test, as a server in another zone would
/// have it. Tests that use it run in <see cref="ProcessTimeZoneGroup"/>, never beside other tests.
/// </summary>
public sealed class ProcessTimeZone : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable("TZ");

    private ProcessTimeZone(string zone)
    {
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
    }

    public static ProcessTimeZone Set(string zone) => new(zone);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _previous);
        TimeZoneInfo.ClearCachedData();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTimeZoneGroup
{
    public const string Name = "process time zone";
}
