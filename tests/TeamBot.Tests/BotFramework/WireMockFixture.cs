using WireMock.Server;

namespace TeamBot.Tests.BotFramework;

/// <summary>One WireMock server per test class, because starting one per test is slow.</summary>
public sealed class WireMockFixture : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    public void Dispose() => Server.Dispose();
}
