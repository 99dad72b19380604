using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Hosting;

/// <summary>A wrong setting stops the host at start with a message that names the key, not at the first question.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("--Region:TimeZone=Europe/Atlantis", "Region:TimeZone is geen bekende tijdzone")]
    [InlineData("--Documents:Provider=sharepoint", "Documents:Provider moet 'local' of 'graph' zijn.")]
    [InlineData("--Questions:LogRetentionDays=0", "Questions:LogRetentionDays moet groter dan nul zijn.")]
    [InlineData("--Bot:Connector:MaxAttempts=0", "Bot:Connector:MaxAttempts moet minstens 1 zijn.")]
    [InlineData("--ComposeSearch:MaxResults=50", "ComposeSearch:MaxResults 50 moet tussen 1 en 25 liggen")]
    public async Task A_wrong_setting_is_refused_at_start_naming_the_setting(string setting, string message)
    {
        using var folder = new TempDirectory();
        await using var app = TeamBotHost.Build(["--urls", "http://127.0.0.1:0", setting], folder.File("data"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task A_single_tenant_bot_without_its_tenant_is_refused_at_start()
    {
        using var folder = new TempDirectory();
        await using var app = TeamBotHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Bot:AppId=6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48", "--Bot:AppType=SingleTenant"], folder.File("data"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:TenantId ontbreekt", e.Message);
    }
}
