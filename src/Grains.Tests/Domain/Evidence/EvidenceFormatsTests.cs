using System.IO.Compression;
using System.Text;
using VendorGrid.Domain.Evidence;

namespace VendorGrid.Tests.Domain.Evidence;

/// <summary>Issue 15, item 2: an evidence file's type comes from its bytes, and anything runnable or unknown is refused.</summary>
public sealed class EvidenceFormatsTests
{
    public static byte[] Bytes(string hex, string tail = "rest of the file") =>
        [.. Convert.FromHexString(hex.Replace(" ", "")), .. Encoding.ASCII.GetBytes(tail)];

    [Theory]
    [InlineData("FFD8FFE0", "image/jpeg")]
    [InlineData("89504E470D0A1A0A", "image/png")]
    [InlineData("474946383961", "image/gif")]
    [InlineData("52494646 24000000 57454250", "image/webp")]
    [InlineData("00000018 66747970 68656963", "image/heic")]
    [InlineData("00000018 66747970 6D696631", "image/heif")]
    [InlineData("255044462D312E37", "application/pdf")]
    public void AnImageOrPdf_IsKnownByItsMagicNumber(string magic, string type) =>
        Assert.Equal(type, EvidenceFormats.Sniff(Bytes(magic)).ContentType);

    [Theory]
    [InlineData("2026-03-10 10:05:00 INFO 系统上线\n2026-03-10 10:06:12 WARN 磁盘 81%\n")]
    [InlineData("\uFEFF验收单备注：<b> 不是网页")]
    public void Utf8TextWithoutNuls_IsPlainText(string text) =>
        Assert.Equal("text/plain", EvidenceFormats.Sniff(Encoding.UTF8.GetBytes(text)).ContentType);

    [Theory]
    [InlineData("4D5A9000", "Windows executable")]
    [InlineData("7F454C46", "ELF executable")]
    [InlineData("CFFAEDFE", "Mach-O")]
    [InlineData("2321", "a script")]  // #!/bin/sh
    [InlineData("D0CF11E0A1B11AE1", "legacy Office")]
    [InlineData("0061736D", "WebAssembly")]
    public void ARunnableFile_IsRefusedAndSaysWhatItIs(string magic, string what)
    {
        var sniffed = EvidenceFormats.Sniff(Bytes(magic));
        Assert.Null(sniffed.ContentType);
        Assert.Contains(what, sniffed.Refusal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")]
    [InlineData("  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("<script>fetch('/api/auth/me')</script>")]
    public void MarkupABrowserWouldRun_IsRefused(string text)
    {
        var sniffed = EvidenceFormats.Sniff(Encoding.UTF8.GetBytes(text));
        Assert.Null(sniffed.ContentType);
        Assert.Contains("HTML, SVG or XML", sniffed.Refusal);
    }

    [Fact]
    public void BinaryBytes_TextWithNuls_AndNothing_AreRefused()
    {
        Assert.Contains("is not a type evidence may be", EvidenceFormats.Sniff([0x01, 0x02, 0xFF, 0xFE, 0x00]).Refusal);
        Assert.Contains("is not a type evidence may be", EvidenceFormats.Sniff(Encoding.UTF8.GetBytes("log\0line")).Refusal);
        Assert.Equal("is empty", EvidenceFormats.Sniff([]).Refusal);
    }

    [Fact]
    public void AZip_IsAcceptedOnlyAsDocxOrXlsx_WithoutMacros()
    {
        Assert.Equal(EvidenceFormats.Docx, EvidenceFormats.Sniff(Zip("[Content_Types].xml", "word/document.xml")).ContentType);
        Assert.Equal(EvidenceFormats.Xlsx, EvidenceFormats.Sniff(Zip("[Content_Types].xml", "xl/workbook.xml")).ContentType);
        Assert.Contains("macros", EvidenceFormats.Sniff(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")).Refusal);
        Assert.Contains("ZIP archive", EvidenceFormats.Sniff(Zip("setup.exe")).Refusal);
        Assert.Contains("damaged", EvidenceFormats.Sniff(Bytes("504B0304", "not really a zip")).Refusal);
    }

    [Theory]
    [InlineData("C:\\Users\\李雷\\Desktop\\验收单.pdf", "application/pdf", "验收单.pdf")]
    [InlineData("../../etc/passwd", "text/plain", "passwd")]
    [InlineData("report\r\n.png", "image/png", "report.png")]
    [InlineData("", "image/jpeg", "evidence.jpg")]
    [InlineData(null, "application/pdf", "evidence.pdf")]
    [InlineData("...", "text/plain", "evidence.txt")]
    public void TheKeptName_IsTheLastPathSegment_WithoutControlCharacters(string? sent, string type, string kept) =>
        Assert.Equal(kept, EvidenceFormats.FileName(sent, type));

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        return buffer.ToArray();
    }
}
