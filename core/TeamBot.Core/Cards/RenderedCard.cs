using System.Text.Json;

namespace TeamBot.Core.Cards;

/// <summary>An Adaptive Card ready to send: compact JSON, checked to parse, version 1.5 and within the size limit.</summary>
public sealed record RenderedCard(string TemplateName, string Json, JsonElement Element, int SizeInBytes, bool WasShortened)
{
    /// <summary>The attachment content type for a Bot Framework activity.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The question or ticket the card is about (<see cref="CardKey"/>); null for a card without buttons about one.</summary>
    public string? Key { get; init; }

    public override string ToString() => Json;
}
