using System.IO.Compression;
using System.Text;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 18 §1 in the portal: a contract file becomes text in the browser — Word paragraphs one a line and table rows as
/// tab-separated cells, a PDF's text layer line by line — and a scan without a text layer is refused in plain Chinese.
/// The files are made here, byte for byte, so the test needs nothing but the portal.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractFileUploadTests(PortalFixture fixture)
{
    private string Save(string name, byte[] bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vg-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Browser OpenEditor()
    {
        var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution), PortalFixture.DemoPassword);
        browser.Open("/contracts/new");
        return browser;
    }

    private static string TextAreaValue(Browser browser) => browser.Wait(By.Id("contract-text")).GetAttribute("value") ?? "";

    [Fact]
    public void AWordFile_GivesItsParagraphsAndTableRows_AsLines()
    {
        using var browser = OpenEditor();
        browser.Wait(By.Id("contract-file")).SendKeys(Save("合同.docx", Docx(
            ["甲方：北京市卫生健康大数据与政策研究中心", "乙方：北京民科医疗科技有限公司"],
            [["序号", "名称", "金额"], ["1", "系统运行维护", "120000"]])));

        browser.WaitFor(_ => TextAreaValue(browser).Length > 0);
        Assert.Equal("甲方：北京市卫生健康大数据与政策研究中心\n乙方：北京民科医疗科技有限公司\n序号\t名称\t金额\n1\t系统运行维护\t120000\n", TextAreaValue(browser));
        Assert.StartsWith("已读取文件「合同.docx」", browser.Wait(By.CssSelector("[data-testid=file-message]")).Text);
    }

    [Fact]
    public void APdfWithATextLayer_GivesItsLines_AndAScanIsRefusedInChinese()
    {
        using var browser = OpenEditor();
        // A line the page broke in mid-sentence joins the next; a sentence's end keeps its line break.
        browser.Wait(By.Id("contract-file")).SendKeys(Save("contract.pdf", Pdf(["Service Contract.", "Total: 1809000;", "Article 1 continues", "on the next line."])));
        browser.WaitFor(_ => TextAreaValue(browser).Length > 0);
        Assert.Equal("Service Contract.\nTotal: 1809000;\nArticle 1 continues on the next line.\n", TextAreaValue(browser));

        browser.Wait(By.Id("contract-file")).SendKeys(Save("scan.pdf", Pdf([])));
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-testid=file-message]")).Text.StartsWith("扫描件无文字层"));
        Assert.Empty(browser.PolicyViolations());
    }

    /// <summary>The smallest .docx Word and mammoth read: paragraphs, then one table.</summary>
    private static byte[] Docx(string[] paragraphs, string[][] rows)
    {
        static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";
        var body = string.Concat(paragraphs.Select(P)) +
            "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc>{P(c)}</w:tc>")) + "</w:tr>")) + "</w:tbl>";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""",
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        return stream.ToArray();
    }

    /// <summary>A one-page PDF with each line drawn in Helvetica (a text layer), or a page with nothing drawn (as a scan's text layer is).</summary>
    private static byte[] Pdf(string[] lines)
    {
        var content = lines.Length == 0 ? "" :
            "BT /F1 14 Tf 72 720 Td " + string.Join(" 0 -24 Td ", lines.Select(l => $"({l}) Tj")) + " ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
