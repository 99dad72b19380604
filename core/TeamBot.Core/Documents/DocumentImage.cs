using System.Buffers.Binary;

namespace TeamBot.Core.Documents;

/// <summary>
/// A picture a document may show: PNG or JPEG only, recognised by its first bytes (not its name), with its size in
/// pixels read from the header. <see cref="WidthPercent"/> is the share of the text width it takes; the height follows
/// the aspect ratio.
/// </summary>
public sealed class DocumentImage
{
    /// <summary>Bigger files make documents no one can mail; a plan's schema is far below this.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private const int MaxPixels = 20_000;

    private DocumentImage(byte[] content, string contentType, int pixelWidth, int pixelHeight, string name, int widthPercent, string? description)
    {
        Content = content;
        ContentType = contentType;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Name = name;
        WidthPercent = widthPercent;
        Description = description;
    }

    public byte[] Content { get; }

    /// <summary>"image/png" or "image/jpeg".</summary>
    public string ContentType { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>The file name, shown as the picture's name in Word.</summary>
    public string Name { get; }

    public int WidthPercent { get; }

    /// <summary>Alternative text for screen readers (the caption, when there is one).</summary>
    public string? Description { get; }

    /// <summary>The image, or null with a Dutch reason in <paramref name="problem"/>.</summary>
    public static DocumentImage? Read(byte[] content, string name, int widthPercent, string? description, out string? problem)
    {
        problem = null;
        if (content.Length > MaxBytes)
        {
            problem = $"De afbeelding is {(content.Length / (1024.0 * 1024.0)).ToString("0.#", Formatting.DutchFormat.Culture)} MB; het maximum is {MaxBytes / (1024 * 1024)} MB.";
            return null;
        }
        var (type, size) = Png(content) is { } png ? ("image/png", png) : Jpeg(content) is { } jpeg ? ("image/jpeg", jpeg) : (null, default);
        if (type is null)
        {
            problem = "Dit is geen PNG- of JPEG-afbeelding (of het bestand is beschadigd); alleen .png, .jpg en .jpeg kunnen in een document.";
            return null;
        }
        if (size.Width is <= 0 or > MaxPixels || size.Height is <= 0 or > MaxPixels)
        {
            problem = $"De afbeelding is {size.Width} × {size.Height} pixels; elke zijde moet tussen 1 en {MaxPixels} pixels liggen.";
            return null;
        }
        return new DocumentImage(content, type, size.Width, size.Height, name, Math.Clamp(widthPercent, 1, 100), description);
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The IHDR chunk follows the signature: width and height as big-endian 32-bit numbers.</summary>
    private static (int Width, int Height)? Png(byte[] bytes)
    {
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        return ((int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), int.MaxValue),
            (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20)), int.MaxValue));
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds height and width.</summary>
    private static (int Width, int Height)? Jpeg(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return null;
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF) return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF) { at++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (IsStartOfFrame(marker))
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 5)));
            if (length < 2) return null;
            at += 2 + length;
        }
        return null;
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
