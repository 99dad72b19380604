using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

/// <summary>
/// Reads the PNGs TeamBot writes (8-bit RGBA, filter type 0), checking the signature, every chunk's CRC,
/// and that each scanline is unfiltered, so the tests see the pixels exactly as Teams will.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte[] pixels)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    public byte ColorType { get; }

    /// <summary>RGBA, row by row.</summary>
    public byte[] Pixels { get; }

    public (byte R, byte G, byte B, byte A) At(int x, int y)
    {
        var at = (y * Width + x) * 4;
        return (Pixels[at], Pixels[at + 1], Pixels[at + 2], Pixels[at + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> AllPixels() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => At(x, y)));

    /// <summary>Width and height straight from IHDR, the first chunk after the signature.</summary>
    public static (int Width, int Height) HeaderSize(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = HeaderSize(png);
        var chunks = Chunks(png).ToList();
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal("IEND", chunks[^1].Type);
        var header = chunks[0].Data;
        Assert.Equal([0, 0, 0], header[10..13]); // deflate, standard filtering, no interlace
        var compressed = chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        return new PngImage(width, height, header[8], header[9], Unfilter(Inflate(compressed), width, height));
    }

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc32.Compute(typeAndData), crc);
            yield return (Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray());
            at += 12 + length;
        }
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    // TeamBot writes filter type 0 on every row, so unfiltering is dropping that byte; anything else is a defect.
    private static byte[] Unfilter(byte[] scanlines, int width, int height)
    {
        var stride = width * 4;
        Assert.Equal(height * (1 + stride), scanlines.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + stride);
            Assert.Equal(0, scanlines[row]);
            Array.Copy(scanlines, row + 1, pixels, y * stride, stride);
        }
        return pixels;
    }
}
