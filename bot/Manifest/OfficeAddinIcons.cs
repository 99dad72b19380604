namespace TeamBot.Bot.Manifest;

/// <summary>
/// The icons of the Word and Excel add-in, drawn in code like the Teams ones: the TeamBot mark in the accent colour on a
/// transparent background, so it sits on the ribbon of every Office theme without a tile around it.
/// 16, 32 and 80 px are the ribbon button's sizes (the manifest's required three); 32 is also IconUrl and 64 is
/// HighResolutionIconUrl, the size Office asks for a task pane add-in's high-DPI icon.
/// </summary>
public static class OfficeAddinIcons
{
    /// <summary>The Teams manifest's accentColor, so the bot and the add-in look like one product.</summary>
    public const string AccentColor = "#1E5AA8";

    private const int SmoothSamplesPerAxis = 4;

    // The mark fills nearly the whole canvas: at 16 px every pixel of the "T" counts.
    private static readonly MarkPlacement Mark = new(Left: 0.03, Top: 0.04, Scale: 0.94);

    public static IReadOnlyList<int> Sizes { get; } = [16, 32, 64, 80];

    /// <summary>"icon-32.png": the name under which the host serves the icon of that size.</summary>
    public static string FileName(int size) => $"icon-{size}.png";

    /// <exception cref="ArgumentOutOfRangeException">Not one of <see cref="Sizes"/>.</exception>
    public static byte[] Png(int size)
    {
        if (!Sizes.Contains(size))
            throw new ArgumentOutOfRangeException(nameof(size), size, $"The add-in has icons of {string.Join(", ", Sizes)} px only.");
        var accent = Rgba.FromHex(AccentColor);
        return PngEncoder.Encode(IconRenderer.Render(size, (x, y) => Mark.Covers(x, y) ? accent : Rgba.Transparent, SmoothSamplesPerAxis));
    }
}
