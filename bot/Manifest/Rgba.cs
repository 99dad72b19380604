using System.Globalization;

namespace TeamBot.Bot.Manifest;

/// <summary>One 8-bit RGBA pixel.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    public static readonly Rgba White = new(255, 255, 255, 255);

    // White colour channels under zero alpha keep the outline icon strictly "white and transparent".
    public static readonly Rgba Transparent = new(255, 255, 255, 0);

    /// <summary>Parses "#RRGGBB", the form the manifest's accentColor must have.</summary>
    public static Rgba FromHex(string color)
    {
        if (color is not ['#', .. var hex] || hex.Length != 6 ||
            !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            throw new FormatException($"De kleur '{color}' is geen kleurcode in de vorm #1E5AA8.");
        return new Rgba((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255);
    }
}
