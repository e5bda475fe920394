using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace VendorGrid.Domain.Evidence;

/// <summary>What an evidence file's bytes are: an accepted content type, or why the file is refused.</summary>
public sealed record SniffedContent(string? ContentType, string? Refusal)
{
    public bool IsAccepted => ContentType is not null;
    public static SniffedContent Accepted(string contentType) => new(contentType, null);
    public static SniffedContent Refused(string why) => new(null, why);
}

/// <summary>
/// The file types a fact's evidence may be (photos, scans, signed forms, PDFs, logs, Office documents), recognised
/// from the bytes alone: a client's Content-Type and file name say nothing. Anything a browser or an operating system
/// could run — executables, scripts, HTML, SVG, macro-enabled Office files — and anything not recognised is refused,
/// since both parties download what the other uploaded.
/// </summary>
public static class EvidenceFormats
{
    public const string Jpeg = "image/jpeg", Png = "image/png", Gif = "image/gif", WebP = "image/webp", Heic = "image/heic", Heif = "image/heif",
        Pdf = "application/pdf", Text = "text/plain",
        Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>What the refusal of an unrecognised file lists.</summary>
    public const string AcceptedList = "JPEG, PNG, GIF, WebP or HEIC images, PDF, plain text in UTF-8 (logs), .docx or .xlsx";

    private static readonly (byte[] Magic, string Type)[] Signatures =
    [
        ([0xFF, 0xD8, 0xFF], Jpeg),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], Png),
        ("GIF87a"u8.ToArray(), Gif),
        ("GIF89a"u8.ToArray(), Gif),
        ("%PDF-"u8.ToArray(), Pdf),
    ];

    private static readonly (byte[] Magic, string What)[] Runnable =
    [
        ("MZ"u8.ToArray(), "a Windows executable"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCE, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xFE, 0xED, 0xFA, 0xCF], "a Mach-O executable"),
        ([0xFE, 0xED, 0xFA, 0xCE], "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Java class or Mach-O executable"),
        ("#!"u8.ToArray(), "a script"),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], "a WebAssembly module"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office file (it may carry macros; save it as .docx, .xlsx or PDF)"),
    ];

    // ISO base media brands of HEIF stills (ISO/IEC 23008-12): the HEVC-coded ones are HEIC.
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];
    private static readonly string[] HeifBrands = ["mif1", "msf1"];

    // The start of a text file that a browser would read as markup (HTML, SVG, XML with its scripts and entities).
    private static readonly string[] Markup = ["<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<object", "<embed", "<meta", "<a ", "<img", "<div", "<style", "<xml", "<!--"];

    public static SniffedContent Sniff(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return SniffedContent.Refused("is empty");
        foreach (var (magic, what) in Runnable)
            if (content.StartsWith(magic)) return SniffedContent.Refused($"is {what}; evidence may be {AcceptedList}");
        foreach (var (magic, type) in Signatures)
            if (content.StartsWith(magic)) return SniffedContent.Accepted(type);
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return SniffedContent.Accepted(WebP);
        if (IsoBrand(content) is { } brand)
        {
            if (HeicBrands.Contains(brand)) return SniffedContent.Accepted(Heic);
            if (HeifBrands.Contains(brand)) return SniffedContent.Accepted(Heif);
        }
        if (content.StartsWith("PK\u0003\u0004"u8)) return OfficeDocument(content);
        if (IsText(content)) return LooksLikeMarkup(content)
            ? SniffedContent.Refused("is HTML, SVG or XML, which a browser would run; send it as PDF or as a .txt without markup")
            : SniffedContent.Accepted(Text);
        return SniffedContent.Refused($"is not a type evidence may be: {AcceptedList}");
    }

    /// <summary>The usual extension of an accepted type, for a file sent without a usable name.</summary>
    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg", Png => ".png", Gif => ".gif", WebP => ".webp", Heic => ".heic", Heif => ".heif", Pdf => ".pdf",
        Docx => ".docx", Xlsx => ".xlsx", _ => ".txt",
    };

    /// <summary>
    /// The name a file is kept and offered under: its last path segment (a browser may send a whole path), without
    /// control characters, at most 255 characters; "evidence" with the type's extension when nothing is left.
    /// </summary>
    public static string FileName(string? sent, string contentType)
    {
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('.');
        if (name.Length > 255) name = name[..255];
        return name.Length == 0 ? "evidence" + Extension(contentType) : name;
    }

    /// <summary>The major brand of an ISO base media file (HEIF, MP4…): <c>ftyp</c> at offset 4.</summary>
    private static string? IsoBrand(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) ? Encoding.ASCII.GetString(content[8..12]) : null;

    /// <summary>Valid UTF-8 (a byte order mark allowed) with no NUL: a log or a note, not a binary.</summary>
    private static bool IsText(ReadOnlySpan<byte> content) => content.IndexOf((byte)0) < 0 && Utf8.IsValid(content);

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && Markup.Any(tag => head.Contains(tag, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A ZIP is accepted only as a Word or Excel document without macros; any other archive could hold anything.</summary>
    private static SniffedContent OfficeDocument(ReadOnlySpan<byte> content)
    {
        HashSet<string> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (InvalidDataException)
        {
            return SniffedContent.Refused("is a damaged ZIP file");
        }
        if (!entries.Contains("[Content_Types].xml"))
            return SniffedContent.Refused($"is a ZIP archive; of ZIP-based files evidence may be .docx or .xlsx only ({AcceptedList})");
        if (entries.Any(e => e.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            return SniffedContent.Refused("is an Office file with macros; save it as .docx or .xlsx");
        if (entries.Contains("word/document.xml")) return SniffedContent.Accepted(Docx);
        if (entries.Contains("xl/workbook.xml")) return SniffedContent.Accepted(Xlsx);
        return SniffedContent.Refused($"is an Office file other than .docx or .xlsx; evidence may be {AcceptedList}");
    }
}
