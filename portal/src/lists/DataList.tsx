import { useMemo, useState, type ReactNode } from "react";
import { shanghaiDay } from "../format";
import { t, useLang } from "../i18n";
import { saveXlsx, type ExportValue } from "./exportRows";
import { deleteView, loadViews, saveView, type ListState } from "./savedViews";

export interface Column<T> {
  key: string;
  /** Chinese header: the UI translates it, the export keeps it. */
  label: string;
  render: (row: T) => ReactNode;
  /** Sort key; a column without one does not sort. */
  sort?: (row: T) => string | number | null;
  /** The cell in the export (Chinese words, names, numbers); a column without one is not exported. */
  exported?: (row: T) => ExportValue;
  money?: boolean;
  className?: string;
}

export interface Filter<T> {
  key: string;
  label: string;
  value: (row: T) => string;
  /** The choices, in order; by default every value the rows have, labelled by `optionLabel`. */
  options?: { value: string; label: string }[];
  optionLabel?: (value: string) => string;
}

export interface Group { key: string; label: ReactNode; summary?: ReactNode }

export interface DataListProps<T> {
  /** Names the list in saved views, DOM ids and the export file. */
  id: string;
  label: string;
  rows: T[];
  rowKey: (row: T) => string;
  rowAttributes?: (row: T) => Record<string, string>;
  columns: Column<T>[];
  filters?: Filter<T>[];
  /** The text a search matches (case-insensitive); no search box without it. */
  searchText?: (row: T) => string;
  /** The instant or day the due-range filter reads; no range without it. */
  due?: (row: T) => string | null;
  /** Collapsible groups (closed at first), e.g. by contract. */
  groupBy?: (row: T) => Group;
  defaultSort?: { key: string; dir: "asc" | "desc" };
  /** Initial filter values (e.g. status=late from a summary link). */
  initial?: Partial<ListState>;
  pageSize?: number;
  empty?: string;
  exportName?: string;
  /** Rendered under each row (e.g. a decision form), spanning the table. */
  below?: (row: T) => ReactNode;
  testId?: string;
}

const pageSizes = [20, 50, 100];

function toggled(set: Set<string>, key: string, isOpen: boolean): Set<string> {
  if (set.has(key) === isOpen) return set;
  const next = new Set(set);
  if (isOpen) next.add(key); else next.delete(key);
  return next;
}

/**
 * A list that can be searched, filtered (contract, party, status, clause, due range), sorted, paged, saved as a named
 * view (in this browser) and exported as shown. Under 640 px every row becomes a card (styles.css, `.data-table`).
 */
export function DataList<T>(props: DataListProps<T>) {
  useLang();
  const { id, columns, filters = [], rows } = props;
  const initialState: ListState = {
    q: "", filters: {}, dueFrom: "", dueTo: "", sort: props.defaultSort ?? null, pageSize: props.pageSize ?? 20, ...props.initial,
  };
  const [state, setState] = useState<ListState>(initialState);
  const [page, setPage] = useState(0);
  const [views, setViews] = useState(() => loadViews(id));
  const [viewName, setViewName] = useState("");
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const [toolsOpen, setToolsOpen] = useState(false);
  const update = (change: Partial<ListState>) => { setState((s) => ({ ...s, ...change })); setPage(0); };

  const shown = useMemo(() => {
    const q = state.q.trim().toLowerCase();
    const from = state.dueFrom, to = state.dueTo;
    let out = rows.filter((row) => {
      if (q && props.searchText && !props.searchText(row).toLowerCase().includes(q)) return false;
      for (const f of filters) {
        const wanted = state.filters[f.key];
        if (wanted && f.value(row) !== wanted) return false;
      }
      if ((from || to) && props.due) {
        const due = props.due(row);
        if (!due) return false;
        const day = due.length === 10 ? due : shanghaiDay(due);
        if ((from && day < from) || (to && day > to)) return false;
      }
      return true;
    });
    const sortColumn = state.sort && columns.find((c) => c.key === state.sort!.key && c.sort);
    if (sortColumn) {
      const dir = state.sort!.dir === "asc" ? 1 : -1;
      const keyed = out.map((row) => ({ row, k: sortColumn.sort!(row) }));
      keyed.sort((a, b) => {
        if (a.k === b.k) return 0;
        if (a.k === null) return 1; // blanks last either way
        if (b.k === null) return -1;
        return (a.k < b.k ? -1 : 1) * dir;
      });
      out = keyed.map((x) => x.row);
    }
    return out;
  }, [rows, state, columns, filters, props.searchText, props.due]);

  const optionsOf = (f: Filter<T>) => f.options ?? [...new Set(rows.map(f.value))].filter(Boolean).sort()
    .map((value) => ({ value, label: f.optionLabel ? f.optionLabel(value) : value }));

  function exportShown() {
    const exported = columns.filter((c) => c.exported);
    return saveXlsx(props.exportName ?? id, exported.map((c) => ({ header: c.label, money: c.money, values: shown.map((r) => c.exported!(r)) })));
  }

  const filtersActive = state.q || state.dueFrom || state.dueTo || Object.values(state.filters).some(Boolean);
  const narrowing = Object.values(state.filters).filter(Boolean).length + (state.dueFrom ? 1 : 0) + (state.dueTo ? 1 : 0);
  // On a phone (under 640 px, styles.css) only the search box shows until this button opens the rest, so the list
  // starts near the top of the screen instead of under a dozen fields; wider screens never see the button.
  const toolsToggle = (
    <button type="button" className="list-tools-toggle" aria-expanded={toolsOpen} aria-controls={`${id}-tools`}
      onClick={() => setToolsOpen((o) => !o)} data-testid={`${id}-tools-toggle`}>
      {t("筛选与视图")}{narrowing > 0 && `（${narrowing}）`} <span aria-hidden="true">{toolsOpen ? "▲" : "▼"}</span>
    </button>
  );
  const toolbar = (
    <div id={`${id}-tools`} className={`list-tools${toolsOpen ? " open" : ""}`} role="search" aria-label={`${t(props.label)} · ${t("筛选")}`}>
      {props.searchText && (
        <div className="field list-search">
          <label htmlFor={`${id}-q`}>{t("搜索")}</label>
          <input id={`${id}-q`} type="search" value={state.q} onChange={(e) => update({ q: e.target.value })} />
        </div>
      )}
      {filters.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${id}-f-${f.key}`}>{t(f.label)}</label>
          <select id={`${id}-f-${f.key}`} value={state.filters[f.key] ?? ""}
            onChange={(e) => update({ filters: { ...state.filters, [f.key]: e.target.value } })}>
            <option value="">{t("全部")}</option>
            {optionsOf(f).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      ))}
      {props.due && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t("截止自")}</label>
            <input id={`${id}-from`} type="date" value={state.dueFrom} onChange={(e) => update({ dueFrom: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t("截止至")}</label>
            <input id={`${id}-to`} type="date" value={state.dueTo} onChange={(e) => update({ dueTo: e.target.value })} />
          </div>
        </>
      )}
      <div className="field list-views">
        <label htmlFor={`${id}-view`}>{t("已存视图")}</label>
        <select id={`${id}-view`} value="" onChange={(e) => {
          const view = views.find((v) => v.name === e.target.value);
          if (view) { setState({ ...initialState, ...view.state }); setPage(0); setViewName(view.name); }
        }}>
          <option value="">{views.length ? t("选择…") : t("暂无")}</option>
          {views.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
        </select>
      </div>
      <div className="field list-views">
        <label htmlFor={`${id}-view-name`}>{t("视图名称")}</label>
        <input id={`${id}-view-name`} value={viewName} onChange={(e) => setViewName(e.target.value)} />
      </div>
      <div className="toolbar list-buttons">
        <button type="button" disabled={!viewName.trim()} onClick={() => setViews(saveView(id, viewName.trim(), state))}>{t("保存视图")}</button>
        {views.some((v) => v.name === viewName.trim()) && (
          <button type="button" onClick={() => { setViews(deleteView(id, viewName.trim())); setViewName(""); }}>{t("删除视图")}</button>
        )}
        {filtersActive && <button type="button" onClick={() => { setState({ ...initialState, q: "", filters: {}, dueFrom: "", dueTo: "" }); setPage(0); }}>{t("清除筛选")}</button>}
        {columns.some((c) => c.exported) && (
          <button type="button" onClick={exportShown} disabled={shown.length === 0} data-testid={`${id}-export`}>{t("导出 Excel")}</button>
        )}
      </div>
    </div>
  );

  const counts = <p className="muted list-count" aria-live="polite" data-testid={`${id}-count`}>{t("共")} {shown.length} {t("条")}{shown.length !== rows.length && ` / ${rows.length}`}</p>;

  if (props.groupBy) {
    const groups = new Map<string, { group: Group; rows: T[] }>();
    for (const row of shown) {
      const g = props.groupBy(row);
      const entry = groups.get(g.key) ?? { group: g, rows: [] };
      entry.rows.push(row);
      groups.set(g.key, entry);
    }
    return (
      <div className="data-list" data-testid={props.testId ?? id}>
        {toolsToggle}
        {toolbar}
        {counts}
        {shown.length === 0 ? <p className="empty">{props.empty ?? t("暂无数据")}</p> : [...groups.values()].map(({ group, rows: groupRows }) => (
          <details key={group.key} className="list-group" data-group={group.key} open={open.has(group.key)}
            onToggle={(e) => { const isOpen = (e.currentTarget as HTMLDetailsElement).open; setOpen((o) => toggled(o, group.key, isOpen)); }}>
            <summary><span className="group-label">{group.label}</span> <span className="muted">（{groupRows.length}）</span>{group.summary}</summary>
            {/* A closed group's rows are not rendered at all: the page opens with the summary, not hundreds of rows. */}
            {open.has(group.key) && (
              <Paged {...props} rows={groupRows} state={state} setSort={(sort) => update({ sort })} pageSize={state.pageSize} tableId={`${id}-${group.key}`} />
            )}
          </details>
        ))}
      </div>
    );
  }

  const pages = Math.max(1, Math.ceil(shown.length / state.pageSize));
  const current = Math.min(page, pages - 1);
  return (
    <div className="data-list" data-testid={props.testId ?? id}>
      {toolsToggle}
      {toolbar}
      {counts}
      {shown.length === 0 ? <p className="empty">{props.empty ?? t("暂无数据")}</p> : (
        <>
          <Table {...props} rows={shown.slice(current * state.pageSize, (current + 1) * state.pageSize)} state={state}
            setSort={(sort) => update({ sort })} tableId={id} />
          <nav className="pager" aria-label={`${t(props.label)} · ${t("分页")}`}>
            <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>{t("上一页")}</button>
            <span data-testid={`${id}-page`}>{current + 1} / {pages}</span>
            <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>{t("下一页")}</button>
            <label htmlFor={`${id}-size`}>{t("每页")}</label>
            <select id={`${id}-size`} value={state.pageSize} onChange={(e) => update({ pageSize: Number(e.target.value) })}>
              {pageSizes.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </nav>
        </>
      )}
    </div>
  );
}

/** A group's rows, shown a page at a time with "show more". */
function Paged<T>(props: DataListProps<T> & { state: ListState; setSort: (s: ListState["sort"]) => void; pageSize: number; tableId: string }) {
  const [count, setCount] = useState(props.pageSize);
  return (
    <>
      <Table {...props} rows={props.rows.slice(0, count)} />
      {props.rows.length > count && (
        <button type="button" className="more" onClick={() => setCount(count + props.pageSize)}>
          {t("再显示")} {Math.min(props.pageSize, props.rows.length - count)} {t("条")}
        </button>
      )}
    </>
  );
}

function Table<T>({ rows, columns, rowKey, rowAttributes, label, state, setSort, tableId, below }: DataListProps<T> & {
  state: ListState; setSort: (s: ListState["sort"]) => void; tableId: string;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table" id={`${tableId}-table`} aria-label={t(label)}>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = state.sort?.key === c.key ? state.sort.dir : null;
              return (
                <th scope="col" key={c.key} className={c.className}
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                  {c.sort ? (
                    <button type="button" className="sort" onClick={() => setSort({ key: c.key, dir: sorted === "asc" ? "desc" : "asc" })}>
                      {t(c.label)}<span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                    </button>
                  ) : t(c.label)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const extra = below?.(row);
            return [
              <tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((c) => <td key={c.key} className={c.className} data-label={t(c.label)}>{c.render(row)}</td>)}
              </tr>,
              extra ? <tr key={rowKey(row) + ":below"} className="row-below"><td colSpan={columns.length}>{extra}</td></tr> : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
