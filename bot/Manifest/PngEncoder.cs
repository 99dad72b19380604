using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TeamBot.Bot.Manifest;

/// <summary>
/// Writes an 8-bit RGBA, non-interlaced PNG: signature, IHDR, one IDAT, IEND.
/// Every scanline uses filter type 0 (none); icons this small gain nothing from smarter filters.
/// </summary>
internal static class PngEncoder
{
    private const byte BitDepth = 8;
    private const byte ColorTypeRgba = 6;
    private const byte FilterNone = 0;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(RgbaImage image)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(image));
        WriteChunk(png, "IDAT", CompressedScanlines(image));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(RgbaImage image)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = BitDepth;
        header[9] = ColorTypeRgba;
        // Bytes 10-12 stay 0: deflate compression, adaptive filtering method, no interlace.
        return header;
    }

    private static byte[] CompressedScanlines(RgbaImage image)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                zlib.WriteByte(FilterNone);
                zlib.Write(image.Row(y));
            }
        }
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeAndData));
        png.Write(number);
    }
}
