namespace TeamBot.Bot.Manifest;

/// <summary>
/// The two icons of the Teams app package, drawn in code so no binary file lives in the repository:
/// color.png (192×192, the mark in white on a rounded square in the accent colour) and
/// outline.png (32×32, the mark in white on a fully transparent background, as Teams requires).
/// </summary>
public static class TeamsAppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    private const double TileCornerRadius = 0.22;
    private const int SmoothSamplesPerAxis = 4;

    // Teams asks for the symbol to stay well inside the colour icon; the outline icon uses nearly all of its 32 pixels.
    private static readonly MarkPlacement ColorMark = new(Left: 0.22, Top: 0.23, Scale: 0.56);
    private static readonly MarkPlacement OutlineMark = new(Left: 0.0625, Top: 0.07, Scale: 0.875);

    /// <param name="accentColor">The manifest's accentColor, "#RRGGBB".</param>
    public static byte[] Color(string accentColor)
    {
        var accent = Rgba.FromHex(accentColor);
        return PngEncoder.Encode(IconRenderer.Render(ColorSize, (x, y) => PaintColor(x, y, accent), SmoothSamplesPerAxis));
    }

    /// <summary>Hard edges only: any partly transparent pixel would break "white or transparent".</summary>
    public static byte[] Outline() =>
        PngEncoder.Encode(IconRenderer.Render(OutlineSize, PaintOutline, samplesPerAxis: 1));

    private static Rgba PaintColor(double x, double y, Rgba accent)
    {
        if (!TeamBotMark.InTile(x, y, TileCornerRadius)) return Rgba.Transparent;
        return ColorMark.Covers(x, y) ? Rgba.White : accent;
    }

    private static Rgba PaintOutline(double x, double y) => OutlineMark.Covers(x, y) ? Rgba.White : Rgba.Transparent;
}
