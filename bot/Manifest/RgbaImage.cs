namespace TeamBot.Bot.Manifest;

/// <summary>A raster of RGBA pixels, stored row by row, four bytes per pixel.</summary>
internal sealed class RgbaImage(int width, int height)
{
    public const int BytesPerPixel = 4;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = new byte[width * height * BytesPerPixel];

    public int Stride => Width * BytesPerPixel;

    public void Set(int x, int y, Rgba color)
    {
        var at = y * Stride + x * BytesPerPixel;
        Pixels[at] = color.R;
        Pixels[at + 1] = color.G;
        Pixels[at + 2] = color.B;
        Pixels[at + 3] = color.A;
    }

    public ReadOnlySpan<byte> Row(int y) => Pixels.AsSpan(y * Stride, Stride);
}
