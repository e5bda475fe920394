// Saved views: a list's search, filters, sort and page size under a name, kept in this browser (localStorage) per
// list. Nothing of them reaches the server; a view names no data, only how to look at it.
export interface ListState {
  q: string;
  filters: Record<string, string>;
  dueFrom: string;
  dueTo: string;
  sort: { key: string; dir: "asc" | "desc" } | null;
  pageSize: number;
}
export interface SavedView { name: string; state: ListState }

const keyOf = (list: string) => `vg.views.${list}`;

export function loadViews(list: string): SavedView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyOf(list)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((v) => v && typeof v.name === "string" && v.state) : [];
  } catch {
    return [];
  }
}

export function saveView(list: string, name: string, state: ListState): SavedView[] {
  const views = [...loadViews(list).filter((v) => v.name !== name), { name, state }].sort((a, b) => a.name.localeCompare(b.name));
  localStorage.setItem(keyOf(list), JSON.stringify(views));
  return views;
}

export function deleteView(list: string, name: string): SavedView[] {
  const views = loadViews(list).filter((v) => v.name !== name);
  localStorage.setItem(keyOf(list), JSON.stringify(views));
  return views;
}
