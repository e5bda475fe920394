// Exports what a list shows after its filters, as a person reads it: Chinese headers, status words rather than enum
// values, names rather than ids, and amounts as numbers (with two decimals) so a spreadsheet can add them up.
export type ExportValue = string | number | null;
export interface ExportColumn { header: string; money?: boolean; values: ExportValue[] }

/** The sheet write-excel-file takes: a bold header row, then one row per item; money cells keep their number. */
export function sheetOf(columns: ExportColumn[]) {
  const rows = Math.max(0, ...columns.map((c) => c.values.length));
  const header = columns.map((c) => ({ value: c.header, fontWeight: "bold" as const }));
  const body = Array.from({ length: rows }, (_, i) => columns.map((c) => {
    const value = c.values[i] ?? null;
    if (value === null || value === "") return null;
    if (typeof value === "number") return { value, type: Number, format: c.money ? "#,##0.00" : "0" };
    return { value: String(value), type: String };
  }));
  return [header, ...body];
}

/** Writes the .xlsx in the browser (the writer loads on first use, so it is not part of every page). */
export async function saveXlsx(name: string, columns: ExportColumn[]) {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await writeXlsxFile(sheetOf(columns) as any, { columns: columns.map((c) => ({ width: c.money ? 16 : Math.min(48, Math.max(10, c.header.length * 2 + 4)) })) })
    .toFile(`${name}.xlsx`);
}
