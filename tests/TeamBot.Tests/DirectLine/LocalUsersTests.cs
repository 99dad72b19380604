using System.Text.Json;
using TeamBot.Bot.Conversations;
using TeamBot.Bot.DirectLine;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Tests.DirectLine;

public sealed class LocalUsersTests
{
    private static readonly ReferralGuideSnapshot Guide = new(RegionData.Empty with
    {
        Municipalities = [new Municipality("Kerkrade", ["Zuid-Limburg"], "Jeugdteam Kerkrade", new Dictionary<string, decimal>())],
    });

    [Fact]
    public void The_picked_gemeente_and_rol_are_read_from_channel_data()
    {
        var identity = LocalUsers.FromChannelData(ChannelData(new { teambot = new { gemeente = " kerkrade ", rol = "Inkoopteam" } }), Guide);

        Assert.Equal("Kerkrade", identity.Municipality);
        Assert.True(identity.IsInkoopteamMember);
        Assert.Equal(LocalUsers.InkoopteamAadObjectId, LocalUsers.Account(identity).AadObjectId);
    }

    [Fact]
    public void An_unknown_gemeente_or_rol_leaves_a_toegang_user_without_gemeente()
    {
        var identity = LocalUsers.FromChannelData(ChannelData(new { teambot = new { gemeente = "Atlantis", rol = "beheerder" } }), Guide);

        Assert.Null(identity.Municipality);
        Assert.False(identity.IsInkoopteamMember);
        Assert.Equal(LocalUsers.ToegangAadObjectId, LocalUsers.Account(identity).AadObjectId);
    }

    [Fact]
    public void Without_channel_data_the_user_is_a_toegang_without_gemeente()
    {
        var identity = LocalUsers.FromChannelData(null, Guide);

        Assert.Equal(new LocalIdentity(null, IsInkoopteamMember: false), identity);
    }

    private static JsonElement ChannelData(object value) => JsonSerializer.SerializeToElement(value);
}
