using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamBot.BotFramework;

/// <summary>Says at start how the Bot Framework endpoint authenticates, so a missing app id is never a surprise.</summary>
internal sealed class BotFrameworkStartupLog(IOptions<BotOptions> options, ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsLocalMode)
        {
            logger.LocalMode();
        }
        else
        {
            logger.Authenticating(bot.AppId, bot.AppType, bot.AcceptEmulatorTokens ? "accepted" : "refused", bot.AllowedTenants.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
