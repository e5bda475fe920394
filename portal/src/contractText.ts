// A contract file → the plain text POST /api/contract-drafts reads, in the browser (the file never leaves it; only its
// text is posted). .docx through mammoth, text-layer PDF through pdf.js, .txt as it is. Both libraries load only when
// a file of their kind is chosen, so the portal's first page stays small.
import { t } from "./i18n";

/** The server's limit (ContractDrafter.MaxTextLength): more is refused there; say it here, before posting. */
export const MAX_TEXT_LENGTH = 200_000;

export class ContractTextError extends Error {}

export async function textOfFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".docx")) return textOfDocx(await file.arrayBuffer());
  if (name.endsWith(".pdf")) return textOfPdf(await file.arrayBuffer());
  if (name.endsWith(".txt")) return (await file.text()).replace(/\r\n?/g, "\n");
  if (name.endsWith(".doc")) throw new ContractTextError(t("不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后上传"));
  throw new ContractTextError(t("请上传 .docx、.pdf 或 .txt 文件"));
}

/**
 * Word: mammoth's HTML of the body rather than its raw text, because raw text turns every table cell into a paragraph
 * of its own; here a table row stays one line with its cells separated by tabs (as the seed texts write 分项报价表), and
 * each paragraph is one line. The HTML is only parsed (DOMParser runs no script), never put into the page.
 */
export async function textOfDocx(data: ArrayBuffer): Promise<string> {
  const mammoth = await import("mammoth");
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ arrayBuffer: data })).value;
  } catch {
    throw new ContractTextError(t("无法读取该 Word 文件，请确认它是有效的 .docx 文件"));
  }
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  const lines: string[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag === "table") {
        for (const row of Array.from(child.querySelectorAll("tr")))
          lines.push(Array.from(row.children).map((cell) => clean(cell.textContent ?? "")).join("\t"));
        lines.push("");
      } else if (tag === "ul" || tag === "ol") {
        for (const item of Array.from(child.children)) lines.push(clean(item.textContent ?? ""));
      } else if (/^(p|h[1-6])$/.test(tag)) {
        lines.push(clean(child.textContent ?? ""));
      } else {
        walk(child);
      }
    }
  };
  walk(body);
  return tidy(lines.join("\n"));
}

/** One item of pdf.js's getTextContent that carries text. */
interface PdfTextItem { str: string; hasEOL: boolean; transform: number[]; height: number }

/**
 * PDF: the text layer of each page, line by line as pdf.js reports them (hasEOL, or a new baseline). A line the page
 * broke in mid-sentence joins the next one (Chinese needs no space between them); a sentence's end, a numbered clause
 * (第三条, 1、, （一）) or a wider gap than the line spacing starts a new line. No text anywhere: a scan.
 */
export async function textOfPdf(data: ArrayBuffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist");
  const worker = await import("pdfjs-dist/build/pdf.worker.min.mjs?url");
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let document;
  try {
    document = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  } catch {
    throw new ContractTextError(t("无法读取该 PDF 文件，请确认文件完好且未加密"));
  }
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(joinLines(linesOf(content.items.filter((i) => "str" in i) as PdfTextItem[])));
  }
  await document.destroy();
  const text = tidy(pages.join("\n"));
  if (text.replace(/\s/g, "").length === 0)
    throw new ContractTextError(t("扫描件无文字层，无法读取文字：请上传 Word 文件或带文字层的 PDF，或将合同文字粘贴到下方"));
  return text;
}

interface PdfLine { text: string; y: number; height: number }

function linesOf(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    const y = item.transform[5];
    if (current && Math.abs(current.y - y) > Math.max(current.height, item.height) * 0.5 && item.str.trim() !== "") {
      lines.push(current);
      current = null;
    }
    current ??= { text: "", y, height: item.height || 10 };
    current.text += item.str;
    if (item.hasEOL) { lines.push(current); current = null; }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== "" || l.text === "");
}

const SENTENCE_END = /[。；;：:！!？?）).]$/;
const CLAUSE_START = /^\s*(第[一二三四五六七八九十百零〇\d]+[条章节款]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]+、|甲方|乙方)/;

export function joinLines(lines: PdfLine[]): string {
  let out = "";
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) { out += "\n"; previous = null; continue; }
    if (previous) {
      const gap = Math.abs(previous.y - line.y);
      const paragraph = gap > Math.max(previous.height, line.height) * 1.8;
      const prevText = previous.text.trim();
      if (paragraph) out += "\n\n";
      else if (SENTENCE_END.test(prevText) || CLAUSE_START.test(text) || prevText.includes("\t")) out += "\n";
      else if (/[A-Za-z0-9]$/.test(prevText) && /^[A-Za-z0-9]/.test(text)) out += " ";
    }
    out += text;
    previous = line;
  }
  return out;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Unix line ends, no trailing spaces, at most one blank line in a row. */
const tidy = (text: string) => text.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
