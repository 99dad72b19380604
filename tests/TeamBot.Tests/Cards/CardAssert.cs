using System.Text.Json;
using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

/// <summary>What every card must be, whatever it shows.</summary>
public static class CardAssert
{
    public static void WellFormed(RenderedCard card)
    {
        var root = card.Element;
        Assert.Equal("AdaptiveCard", root.GetProperty("type").GetString());
        Assert.Equal("1.5", root.GetProperty("version").GetString());
        Assert.True(card.SizeInBytes <= AdaptiveCardTemplates.MaxCardBytes, $"{card.TemplateName}: {card.SizeInBytes} bytes");
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(card.Json), card.SizeInBytes);
        Assert.Equal("TeamBot", CardTestKit.Texts(card)[0]);
        // Long texts must wrap, or Teams cuts them off after one line.
        foreach (var block in CardTestKit.OfType(card, "TextBlock").Where(b => b.GetProperty("text").GetString()!.Length > 24))
            Assert.True(block.TryGetProperty("wrap", out var wrap) && wrap.GetBoolean(), $"TextBlock without wrap: {block}");
    }

    /// <summary>Action.Execute carries the verb beside data; Action.Submit carries it inside data. Returns the data.</summary>
    public static JsonElement SendsVerb(JsonElement action, CardActionStyle style, string verb)
    {
        var data = action.GetProperty("data");
        if (style == CardActionStyle.Execute)
        {
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            Assert.Equal(verb, action.GetProperty("verb").GetString());
            Assert.False(data.TryGetProperty("verb", out _));
        }
        else
        {
            Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
            Assert.False(action.TryGetProperty("verb", out _));
            Assert.Equal(verb, data.GetProperty("verb").GetString());
        }
        return data;
    }
}
