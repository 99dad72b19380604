namespace TeamBot.Bot.Manifest;

/// <summary>Rasterises a painting function over a square canvas, averaging several samples per pixel for smooth edges.</summary>
internal static class IconRenderer
{
    /// <param name="size">Width and height in pixels.</param>
    /// <param name="paint">The colour at a point, in canvas coordinates from 0 to 1.</param>
    /// <param name="samplesPerAxis">1 gives hard edges (each pixel takes the colour at its centre).</param>
    public static RgbaImage Render(int size, Func<double, double, Rgba> paint, int samplesPerAxis)
    {
        var image = new RgbaImage(size, size);
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                image.Set(x, y, Pixel(x, y, size, paint, samplesPerAxis));
        return image;
    }

    private static Rgba Pixel(int x, int y, int size, Func<double, double, Rgba> paint, int samplesPerAxis)
    {
        double alpha = 0, red = 0, green = 0, blue = 0;
        for (var j = 0; j < samplesPerAxis; j++)
            for (var i = 0; i < samplesPerAxis; i++)
            {
                var sample = paint((x + (i + 0.5) / samplesPerAxis) / size, (y + (j + 0.5) / samplesPerAxis) / size);
                // Weigh colour by alpha so transparent samples do not darken or tint the edge.
                alpha += sample.A;
                red += sample.R * sample.A;
                green += sample.G * sample.A;
                blue += sample.B * sample.A;
            }
        if (alpha == 0) return Rgba.Transparent;
        return new Rgba(ToByte(red / alpha), ToByte(green / alpha), ToByte(blue / alpha), ToByte(alpha / (samplesPerAxis * samplesPerAxis)));
    }

    private static byte ToByte(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
