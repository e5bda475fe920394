import { t, useLang } from "../i18n";

type Row = Record<string, string | number | null>;

/** Writes the list as it is shown to an .xlsx in the browser: no server round trip, nothing the page did not already have. */
export function ExportButton({ name, rows }: { name: string; rows: Row[] }) {
  useLang();
  async function save() {
    // Loaded on first use so the spreadsheet writer is not part of every page load.
    const { default: writeXlsxFile } = await import("write-excel-file/browser");
    const headers = Object.keys(rows[0] ?? {});
    const sheet = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))];
    await writeXlsxFile(sheet).toFile(`${name}.xlsx`);
  }
  return <button type="button" onClick={save} disabled={rows.length === 0}>{t("导出 Excel")}</button>;
}
