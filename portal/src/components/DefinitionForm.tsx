import { useEffect, useState, type ReactNode } from "react";
import { setAt, type Definition } from "../definitionEditing";
import {
  chosen, isNumeric, parsedValue, refIdMember, shownValue, visible, type FormNode, type Option, type RefList,
} from "../definitionForms";
import { t, useLang } from "../i18n";

type Obj = Record<string, unknown>;

/** What the editor adds around the generic forms: errors by server path, and per list item a legend's extras and an example. */
export interface FormContext {
  definition: Definition;
  onChange: (definition: Definition) => void;
  errorAt: (path: string) => string | undefined;
  /** Whether a path or anything under it has an error (a folded item with one opens). */
  errorUnder: (path: string) => boolean;
  /** Extras in the legend of a list's item (the confidence badge, the button that shows the source sentence). */
  legendExtras?: (list: string, item: Obj) => ReactNode;
  /** Content under an item's legend, outside its collapsible body (a penalty's worked example). */
  itemExtras?: (list: string, item: Obj) => ReactNode;
  /** Content after a list (the payment shares' sum). */
  listExtras?: (list: string) => ReactNode;
}

export const controlId = (path: string) => "def-" + path.replace(/[[\].$]+/g, "-").replace(/-$/, "");

/** The controls of these nodes for the object at `path` (the definition itself at ""). */
export function FormNodes({ nodes, parent, path, context }: { nodes: FormNode[]; parent: Obj; path: string; context: FormContext }) {
  return <>{nodes.filter((n) => visible(n, parent)).map((node) => <Node key={node.key || "either"} node={node} parent={parent} path={path} context={context} />)}</>;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function Node({ node, parent, path, context }: { node: FormNode; parent: Obj; path: string; context: FormContext }) {
  useLang();
  const at = join(path, node.key);
  const value = parent[node.key];
  const set = (p: string, v: unknown) => context.onChange(setAt(context.definition, p, v));
  const id = controlId(at);
  const error = node.kind === "either" ? undefined : context.errorAt(at);
  const errorLine = error && <p className="field-error" id={`${id}-error`} data-path={at}>{error}</p>;
  const described = error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
  const label = (
    <label htmlFor={id}>{t(node.label)}{node.required && <span aria-hidden="true"> *</span>}</label>
  );
  const hint = node.hint && <p className="hint muted">{t(node.hint)}</p>;

  switch (node.kind) {
    case "group": {
      const present = value !== undefined && value !== null;
      const body = (present || !node.optional) && <FormNodes nodes={node.fields} parent={(value ?? {}) as Obj} path={at} context={context} />;
      return (
        <fieldset className="form-group" data-group={at}>
          <legend>{node.optional ? (
            <label className="check"><input type="checkbox" id={`${id}-on`} checked={present}
              onChange={(e) => set(at, e.target.checked ? {} : undefined)} /> {t(node.label)}</label>
          ) : t(node.label)}</legend>
          {body}
          {errorLine}
        </fieldset>
      );
    }
    case "either": {
      const choice = chosen(node, parent);
      const eitherId = controlId(join(path, "$either"));
      return (
        <>
          <div className="field">
            <label htmlFor={eitherId}>{t(node.label)}</label>
            <select id={eitherId} value={choice.key} onChange={(e) => {
              let next = context.definition;
              for (const c of node.choices) next = setAt(next, join(path, c.key), undefined);
              context.onChange(setAt(next, join(path, e.target.value), null));
            }}>
              {node.choices.map((c) => <option key={c.key} value={c.key}>{t(c.label)}</option>)}
            </select>
          </div>
          <Node node={choice} parent={parent} path={path} context={context} />
        </>
      );
    }
    case "list": {
      const items = (Array.isArray(value) ? value : []) as Obj[];
      return (
        <div className="form-list" data-list={at}>
          {items.map((item, i) => (
            <ListItem key={i} node={node} item={item} index={i} path={`${at}[${i}]`} count={items.length} context={context}
              onRemove={() => set(at, items.filter((_, j) => j !== i))} />
          ))}
          <button type="button" id={`${id}-add`} onClick={() => set(at, [...items, node.blank()])}>{t("添加")}：{t(node.label)}</button>
          {context.listExtras?.(at)}
          {error && <p className="field-error" data-path={at} role="alert">{error}</p>}
        </div>
      );
    }
    case "check":
      return (
        <div className="field field-check">
          <label className="check"><input type="checkbox" id={id} checked={value === true} {...described}
            onChange={(e) => set(at, e.target.checked ? true : undefined)} /> {t(node.label)}</label>
          {errorLine}
        </div>
      );
    case "select":
      return (
        <div className="field">
          {label}
          <select id={id} value={value === undefined || value === null ? "" : String(value)} {...described}
            onChange={(e) => set(at, e.target.value === "" ? (node.required ? null : undefined) : e.target.value)}>
            <option value="">{t("（未填）")}</option>
            {withCurrent(node.options, value).map(([v, l]) => <option key={v} value={v}>{t(l)}</option>)}
          </select>
          {hint}{errorLine}
        </div>
      );
    case "ref": {
      const options = refOptions(context.definition, node.list);
      return (
        <div className="field">
          {label}
          <select id={id} value={value === undefined || value === null ? "" : String(value)} {...described}
            onChange={(e) => set(at, e.target.value === "" ? (node.required ? null : undefined) : e.target.value)}>
            <option value="">{t("（无）")}</option>
            {withCurrent(options, value).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
          {hint}{errorLine}
        </div>
      );
    }
    case "multi": case "refs": {
      const picked = Array.isArray(value) ? value.map(String) : [];
      const options = node.kind === "multi" ? node.options.map(([v, l]) => [v, t(l)] as const) : refOptions(context.definition, node.list);
      return (
        <fieldset className="field choices" id={id} {...(error ? { "aria-describedby": `${id}-error` } : {})}>
          <legend>{t(node.label)}</legend>
          {withCurrent(options, picked).map(([v, l], i) => (
            <label className="check" key={v}><input type="checkbox" id={`${id}-${i}`} value={v} checked={picked.includes(v)}
              onChange={(e) => {
                const next = e.target.checked ? [...picked, v] : picked.filter((p) => p !== v);
                set(at, next.length ? next : undefined);
              }} /> {l}</label>
          ))}
          {errorLine}
        </fieldset>
      );
    }
    default:
      return (
        <div className="field">
          {label}
          <TypedInput id={id} kind={node.kind} value={value} required={node.required} described={described}
            onChange={(v) => set(at, v)} />
          {hint}{errorLine}
        </div>
      );
  }
}

function ListItem({ node, item, index, path, count, context, onRemove }: {
  node: Extract<FormNode, { kind: "list" }>; item: Obj; index: number; path: string; count: number; context: FormContext; onRemove: () => void;
}) {
  // Long lists (C3 prices 76 line items) start folded: the body of an item is rendered only while it is open.
  const faulty = context.errorUnder(path);
  const [open, setOpen] = useState(count <= 10 || faulty);
  useEffect(() => { if (faulty) setOpen(true); }, [faulty]);
  const list = node.key;
  return (
    <fieldset className="rule" data-rule={String(item[list === "staffing" ? "role" : "id"] ?? index)} data-item={path}>
      <legend>{node.title(item, index) || `${t(node.label)} ${index + 1}`} {context.legendExtras?.(list, item)}</legend>
      {context.itemExtras?.(list, item)}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{open ? t("收起") : t("展开编辑")}</summary>
        {open && <FormNodes nodes={node.item} parent={item} path={path} context={context} />}
        <button type="button" className="link-button danger" onClick={onRemove}>{t("删除此项")}</button>
      </details>
    </fieldset>
  );
}

/** The options, and the current value too when the options do not know it (kept, never silently dropped). */
function withCurrent(options: readonly Option[], value: unknown): Option[] {
  const values = Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
  const unknown = values.filter((v) => !options.some(([known]) => known === v));
  return [...options, ...unknown.map((v) => [v, v] as const)];
}

/** The items of one of the definition's lists as options: id → its article and title. */
function refOptions(definition: Definition, list: RefList): Option[] {
  const items = (definition[list] as Obj[] | undefined) ?? [];
  const member = refIdMember(list);
  return items.filter((i) => typeof i[member] === "string" && i[member]).map((i) => {
    const name = [i.article, i.title ?? i.label ?? i.name].filter(Boolean).join(" ");
    return [String(i[member]), name ? `${name}（${i[member]}）` : String(i[member])] as const;
  });
}

/**
 * One input bound to a member of the definition. What is typed stays as typed ("0." on the way to "0.3") while the
 * definition holds its value; a change of the value from elsewhere shows here.
 */
function TypedInput({ id, kind, value, required, described, onChange }: {
  id: string; kind: string; value: unknown; required?: boolean; described: object; onChange: (value: unknown) => void;
}) {
  const [typed, setTyped] = useState(shownValue(kind, value));
  useEffect(() => {
    if (JSON.stringify(parsedValue(kind, typed, required) ?? null) !== JSON.stringify(value ?? null)) setTyped(shownValue(kind, value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const change = (text: string) => { setTyped(text); onChange(parsedValue(kind, text, required)); };
  if (kind === "textarea" || kind === "lines")
    return <textarea id={id} rows={kind === "lines" ? 3 : 2} value={typed} {...described} onChange={(e) => change(e.target.value)} />;
  return (
    <input id={id} type={kind === "date" ? "date" : "text"} value={typed} inputMode={isNumeric(kind) ? "decimal" : undefined} {...described}
      onChange={(e) => change(e.target.value)} />
  );
}
