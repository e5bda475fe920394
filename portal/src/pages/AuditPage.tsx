import { useState, type FormEvent } from "react";
import { api, type AuditEntry } from "../api";
import { AuditList } from "../components/ContractLists";
import { ErrorBox, Loading, useLoad } from "../components/ui";
import { t, useLang } from "../i18n";

interface Query { resource: string; subject: string; from: string; to: string }

/**
 * The audit trail with the server's filters (a contract or other resource and everything under it, who, which days),
 * then searched, sorted and exported in the page.
 */
export function AuditPage() {
  const lang = useLang();
  const [draft, setDraft] = useState<Query>({ resource: "", subject: "", from: "", to: "" });
  const [query, setQuery] = useState<Query>(draft);
  const params = new URLSearchParams({ limit: "200" });
  for (const [key, value] of Object.entries(query)) if (value.trim()) params.set(key, value.trim());
  const { data, error, loading, reload } = useLoad(() => api.getAll<AuditEntry>(`/api/audit?${params}`), params.toString());
  const submit = (event: FormEvent) => { event.preventDefault(); setQuery(draft); };
  const field = (key: keyof Query, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{t(label)}</label>
      <input id={`audit-${key}`} type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </div>
  );
  return (
    <div className="page">
      <h1>{t("审计日志")}</h1>
      <form className="card list-tools" onSubmit={submit} aria-label={t("查询审计日志")}>
        {field("resource", "合同或对象标识")}
        {field("subject", "操作人")}
        {field("from", "起始日期", "date")}
        {field("to", "截止日期", "date")}
        <div className="toolbar list-buttons"><button type="submit" className="primary">{t("查询")}</button></div>
      </form>
      <section className="card" aria-labelledby="audit-title">
        <h2 id="audit-title">{t("审计记录")}</h2>
        {loading && !data ? <Loading /> : error ? <ErrorBox error={error} onRetry={reload} /> : <AuditList id="audit" entries={data!} lang={lang} />}
      </section>
    </div>
  );
}
