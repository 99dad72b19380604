using System.Text;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

public sealed class TeamsAppIconsTests
{
    private const string Accent = "#1E5AA8";

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        // The check value of CRC-32/ISO-HDLC, the CRC that PNG and zip use.
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Colour_icon_is_a_192_by_192_rgba_png()
    {
        var icon = PngImage.Decode(TeamsAppIcons.Color(Accent));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal((8, 6), (icon.BitDepth, icon.ColorType));
    }

    [Fact]
    public void Outline_icon_is_a_32_by_32_rgba_png()
    {
        var icon = PngImage.Decode(TeamsAppIcons.Outline());

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal((8, 6), (icon.BitDepth, icon.ColorType));
    }

    [Fact]
    public void Outline_icon_has_only_opaque_white_and_fully_transparent_pixels()
    {
        var pixels = PngImage.Decode(TeamsAppIcons.Outline()).AllPixels().ToList();

        Assert.All(pixels, p => Assert.True(p == (255, 255, 255, 255) || p.A == 0, $"pixel {p} is neither white nor transparent"));
        var white = pixels.Count(p => p.A == 255);
        Assert.InRange(white, pixels.Count / 5, pixels.Count * 4 / 5); // a visible mark, and a background around it
    }

    [Fact]
    public void Colour_icon_shows_a_white_mark_on_the_accent_colour_with_transparent_rounded_corners()
    {
        var icon = PngImage.Decode(TeamsAppIcons.Color(Accent));

        Assert.Equal(0, icon.At(0, 0).A);
        Assert.Equal(0, icon.At(191, 191).A);
        Assert.Equal((0x1E, 0x5A, 0xA8, 255), icon.At(96, 12));
        Assert.Equal((255, 255, 255, 255), icon.At(60, 100));
        Assert.Equal((0x1E, 0x5A, 0xA8, 255), icon.At(96, 70)); // the "T" shows the accent through the bubble
    }

    [Fact]
    public void Accent_colour_that_is_not_hash_and_six_hex_digits_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => TeamsAppIcons.Color("blauw"));

        Assert.Contains("'blauw' is geen kleurcode", error.Message);
    }
}
