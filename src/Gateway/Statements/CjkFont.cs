using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace VendorGrid.Gateway.Statements;

/// <summary>
/// The one font the statement PDFs are set in: a TrueType font with Chinese glyphs, from a Debian package
/// (fonts-wqy-microhei, which ./vg installs; fonts-droid-fallback also works) or the file VG_PDF_FONT names. PDFsharp
/// embeds the subset it uses, so the reader needs no font. PDFsharp reads single fonts only, so a collection (.ttc)
/// is cut down to its first face here. Bold is simulated (the CJK faces ship one weight).
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Family = "VendorGrid CJK";

    /// <summary>Where Debian's CJK TrueType packages put their fonts, best first.</summary>
    public static readonly string[] KnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    private static readonly Lock Gate = new();
    private static CjkFont? installed;
    private readonly byte[] face;

    private CjkFont(string path, byte[] face) => (Path, this.face) = (path, face);

    /// <summary>The file the face was read from.</summary>
    public string Path { get; }

    /// <summary>
    /// Makes the font PDFsharp's resolver (process-wide, as PDFsharp allows only one) and returns it; null when no font
    /// is found. <paramref name="configuredPath"/> (VG_PDF_FONT) wins over the known paths; the first call decides.
    /// </summary>
    public static CjkFont? Install(string? configuredPath)
    {
        lock (Gate)
        {
            if (installed is not null) return installed;
            var path = string.IsNullOrWhiteSpace(configuredPath) ? KnownPaths.FirstOrDefault(File.Exists) : configuredPath;
            if (path is null || !File.Exists(path)) return null;
            installed = new CjkFont(path, FirstFace(File.ReadAllBytes(path)));
            GlobalFontSettings.FontResolver = installed;
            return installed;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

    public byte[] GetFont(string faceName) => face;

    /// <summary>
    /// A TrueType collection's first font as a standalone font file: its table directory, followed by copies of the
    /// tables it points to, with the offsets rewritten (tables are 4-byte aligned; their checksums do not change).
    /// A plain font file is returned as it is.
    /// </summary>
    public static byte[] FirstFace(byte[] file)
    {
        const uint CollectionTag = 0x74746366; // "ttcf"
        if (file.Length < 16 || BinaryPrimitives.ReadUInt32BigEndian(file) != CollectionTag) return file;
        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        int tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(directory + 4));
        var headerLength = 12 + 16 * tables;
        static int Padded(uint length) => (int)((length + 3) & ~3u);
        var size = headerLength;
        for (var i = 0; i < tables; i++) size += Padded(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(directory + 12 + 16 * i + 12)));

        var face = new byte[size];
        file.AsSpan(directory, headerLength).CopyTo(face);
        var at = headerLength;
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(12 + 16 * i);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            file.AsSpan(offset, (int)length).CopyTo(face.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            at += Padded(length);
        }
        return face;
    }
}
