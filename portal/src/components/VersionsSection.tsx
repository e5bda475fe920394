import { useState, type FormEvent } from "react";
import { api, type Session } from "../api";
import { formatDate, formatDateTime, formatMoney } from "../format";
import { t, useLang } from "../i18n";
import { Empty, FormFooter, StatusBadge, serverFieldErrors, useLoad } from "./ui";
import { SectionState } from "./sectionState";
import { FormNodes } from "./DefinitionForm";
import { forServer, type Definition } from "../definitionEditing";
import { definitionForm } from "../definitionForms";

/** One version as GET /versions lists it (1 is the contract as created). */
export interface VersionItem {
  version: number; title: string; effectiveFrom: string; status: "proposed" | "in-force" | "rejected";
  proposedBy: { party: string; user: string } | null; proposedAt: string | null;
  decidedBy: { party: string; user: string } | null; decidedAt: string | null; reason: string | null;
}
/** One changed member; `article` names the clause it belongs to (「第八条第1款 …」) when the server knows it. */
interface DefinitionChange { path: string; before: string | null; after: string | null; article?: string | null }
type Clause = Record<string, unknown>;
interface PenaltyClause { id: string; article?: string; title?: string; summary?: string; amount?: { rate?: number; amount?: number } }

const statusLabel: Record<VersionItem["status"], string> = { proposed: "待对方确认", "in-force": "已生效", rejected: "已拒绝" };
const statusBadge: Record<VersionItem["status"], string> = { proposed: "proposed", "in-force": "met", rejected: "breached" };
const partyLabel = (party: string | undefined) => (party === "vendor" ? t("乙方") : party === "institution" ? t("甲方") : "");

/** Path segments in Chinese: a member path like penalties[c2-late].amount.rate reads 违约条款 c2-late · 金额 · 费率. */
const segmentLabels: Record<string, string> = {
  title: "名称", number: "合同编号", term: "服务期", start: "开始", end: "结束", total: "合同总额", vat: "增值税", signedOn: "签订日期",
  effectiveOn: "生效日期", penalties: "违约条款", obligations: "履约义务", payments: "付款", lineItems: "分项", staffing: "人员要求",
  amount: "金额", rate: "费率", cap: "上限", share: "比例", due: "期限", within: "期限", n: "数量", unit: "单位", article: "条款",
  summary: "说明", institution: "甲方", vendor: "乙方", name: "名称", address: "地址", contacts: "联系人", confirmation: "确认规则",
  escalation: "加重条款", base: "基数", shape: "计算方式", trigger: "触发", kind: "类型",
};

/**
 * A changed member labelled by its clause: penalties[c2-late].amount.rate reads 第八条第4款 逾期履行违约金 · 金额 · 费率
 * (the article from the diff item, else from the two versions' definitions); a member outside any clause by its names.
 */
export function changeLabel(path: string, article?: string | null): string {
  const parts = path.split(".");
  const head = /^(penalties|obligations|payments|staffing|lineItems)\[([^\]]+)\]$/.exec(parts[0]);
  if (head && article) return [article, ...parts.slice(1).map(segmentLabel)].join(" · ");
  return parts.map(segmentLabel).join(" · ");
}

/** The article and name of the clause with this id in either definition: 「第八条第4款 逾期履行违约金」. */
export function clauseArticle(list: string, id: string, ...definitions: (Clause | undefined)[]): string | null {
  for (const definition of definitions) {
    const items = (definition?.[list] as Clause[] | undefined) ?? [];
    const item = items.find((i) => String(list === "staffing" ? i.role : i.id) === id);
    if (!item) continue;
    const name = list === "penalties" ? penaltyName(item) : (item.title ?? item.label ?? item.name) as string | undefined;
    const label = [item.article, name].filter(Boolean).join(" ");
    if (label) return label;
  }
  return null;
}

const triggerNames: Record<string, string> = {
  late: "逾期履行违约金", occurrence: "违约金", vacancy: "缺岗违约金", outage: "系统中断违约金", "payment-late": "逾期付款违约金", "force-majeure": "不可抗力",
};
const penaltyName = (p: Clause) => (typeof p.trigger === "string" && triggerNames[p.trigger] ? t(triggerNames[p.trigger]) : t("违约条款"));

function segmentLabel(part: string): string {
  const m = /^([A-Za-z$]+)(?:\[([^\]]+)\])?$/.exec(part);
  if (!m) return part;
  const name = segmentLabels[m[1]] ? t(segmentLabels[m[1]]) : m[1];
  return m[2] !== undefined ? `${name} ${m[2]}` : name;
}

/** A rate as a percentage, an amount as money, the rest as written. */
function changeValue(path: string, value: string | null): string {
  if (value === null) return "—";
  const last = path.split(".").pop() ?? "";
  const n = Number(value);
  if (value.trim() !== "" && !Number.isNaN(n)) {
    if (last === "rate" || last === "share") return `${Number((n * 100).toPrecision(12))}%`;
    if (last === "amount" || last === "total" || last === "vat") return formatMoney(n);
  }
  return value;
}

/**
 * 版本/补充协议 (issue 18 §3): every version of the contract, a proposal by either party (the whole definition as amended,
 * with quick fields for the term's end and a penalty rate), the other party's accept or reject, and two versions side by side.
 */
export function VersionsSection({ contractId, session, onChanged }: { contractId: string; session: Session; onChanged: (message: string) => void }) {
  const lang = useLang();
  const [refresh, setRefresh] = useState(0);
  const [proposing, setProposing] = useState(false);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [failure, setFailure] = useState("");
  const base = `/api/contracts/${encodeURIComponent(contractId)}`;
  const { data, error, loading, reload } = useLoad(() => api.getAll<VersionItem>(`${base}/versions`), `${contractId}|${refresh}`);
  const side = session.role === "vendor" ? "vendor" : "institution";
  const decides = session.role === "institution-admin" || session.role === "vendor";
  const pending = data?.find((v) => v.status === "proposed");
  const done = (message: string) => { setRefresh((r) => r + 1); setProposing(false); setRejecting(null); setFailure(""); onChanged(message); };

  async function accept(version: number) {
    try {
      await api.post(`${base}/amendments/${version}/accept`);
      done(t("补充协议已生效"));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="card" aria-labelledby="versions-title" data-testid="versions">
      <h2 id="versions-title">{t("版本与补充协议")}</h2>
      {!data ? <SectionState loading={loading} error={error} reload={reload} testId="versions" /> : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="versions-title">
          <table id="versions-table">
            <thead><tr>
              <th scope="col">{t("版本")}</th><th scope="col">{t("名称")}</th><th scope="col">{t("生效日期")}</th><th scope="col">{t("状态")}</th>
              <th scope="col">{t("提出")}</th><th scope="col">{t("答复")}</th><th scope="col">{t("操作")}</th>
            </tr></thead>
            <tbody>
              {data.map((v) => (
                <tr key={v.version} data-version={v.version} data-status={v.status}>
                  <td className="num">{v.version}</td>
                  <td>{v.version === 1 ? `${t("原合同")}：${v.title}` : v.title}</td>
                  <td>{formatDate(v.effectiveFrom, lang)}</td>
                  <td><StatusBadge kind={statusBadge[v.status]} label={t(statusLabel[v.status])} /></td>
                  <td>{v.proposedBy ? <>{partyLabel(v.proposedBy.party)} {v.proposedBy.user}<br /><span className="muted">{formatDateTime(v.proposedAt, lang)}</span></> : "—"}</td>
                  <td>{v.decidedBy ? <>{partyLabel(v.decidedBy.party)} {v.decidedBy.user}<br /><span className="muted">{formatDateTime(v.decidedAt, lang)}</span>
                    {v.reason && <><br />{t("理由")}：{v.reason}</>}</> : "—"}</td>
                  <td>{v.status === "proposed" && decides && v.proposedBy?.party !== side && (
                    <div className="toolbar">
                      <button type="button" className="primary" onClick={() => accept(v.version)}>{t("接受")}</button>
                      <button type="button" onClick={() => setRejecting(v.version)}>{t("拒绝")}</button>
                    </div>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failure && <p className="error" role="alert">{failure}</p>}
      {rejecting !== null && <RejectForm path={`${base}/amendments/${rejecting}/reject`} onClose={() => setRejecting(null)} onDone={() => done(t("已拒绝补充协议"))} />}
      {data && decides && !pending && (proposing
        ? <ProposeForm base={base} latest={Math.max(...data.filter((v) => v.status === "in-force").map((v) => v.version))}
            onClose={() => setProposing(false)} onDone={() => done(t("已提出补充协议，待对方确认"))} />
        : <button type="button" onClick={() => setProposing(true)}>{t("提出补充协议")}</button>)}
      {data && data.length > 1 && <VersionDiff base={base} versions={data} />}
    </section>
  );
}

function RejectForm({ path, onClose, onDone }: { path: string; onClose: () => void; onDone: () => void }) {
  useLang();
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) { setError(t("请填写拒绝理由")); return; }
    setBusy(true);
    try {
      await api.post(path, { reason: reason.trim() });
      onDone();
    } catch (e) {
      setError(serverFieldErrors(e).reason ?? "");
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={t("拒绝补充协议")}>
      <div className="field">
        <label htmlFor="amendment-reject-reason">{t("拒绝理由")} *</label>
        <textarea id="amendment-reject-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? "amendment-reject-reason-error" : undefined} />
        {error && <p className="field-error" id="amendment-reject-reason-error">{error}</p>}
      </div>
      <FormFooter failure={failure} busy={busy} onClose={onClose} />
    </form>
  );
}

/**
 * The whole definition as amended, starting from the latest version in force: edited in the same forms as the contract
 * editor's, with quick fields for the usual changes (the term's end, one penalty clause's rate) applied on top when sent.
 */
function ProposeForm({ base, latest, onClose, onDone }: { base: string; latest: number; onClose: () => void; onDone: () => void }) {
  useLang();
  const current = useLoad(() => api.get<Record<string, unknown>>(`${base}/versions/${latest}`), `${base}|${latest}`);
  const [title, setTitle] = useState("");
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const [termEnd, setTermEnd] = useState("");
  const [clause, setClause] = useState("");
  const [rate, setRate] = useState("");
  const [edited, setEdited] = useState<Definition | null>(null);
  const [formsOpen, setFormsOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);
  if (!current.data) return <SectionState loading={current.loading} error={current.error} reload={current.reload} testId="amendment-definition" />;
  const definition = current.data as { term?: { end?: string }; penalties?: PenaltyClause[] };
  const whole = (edited ?? current.data) as Definition;
  const rated = (definition.penalties ?? []).filter((p) => p.amount?.rate !== undefined);

  /** The definition as edited in the forms, with the quick fields applied. */
  function amended(): Record<string, unknown> {
    const parsed = JSON.parse(forServer(whole)) as Record<string, unknown>;
    if (termEnd) parsed.term = { ...(parsed.term as object), end: termEnd };
    if (clause && rate.trim() !== "") {
      parsed.penalties = ((parsed.penalties as PenaltyClause[]) ?? []).map((p) =>
        p.id === clause ? { ...p, amount: { ...p.amount, rate: Number(rate) / 100 } } : p);
    }
    return parsed;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t("请填写补充协议名称");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom)) found.effectiveFrom = t("请选择生效日期");
    if (clause && !/^\d+(\.\d+)?$/.test(rate.trim())) found.rate = t("请填写百分比，如 0.5");
    const body = amended();
    setErrors(found);
    setFailure("");
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.post(`${base}/amendments`, { effectiveFrom, title: title.trim(), definition: body });
      onDone();
    } catch (e) {
      const fields = serverFieldErrors(e, { effectiveFrom: t("生效日期不可用：不得早于合同开始日或已生效版本，且不得与待确认的补充协议重叠") });
      setErrors(fields);
      const others = Object.entries(fields).filter(([k]) => !["title", "effectiveFrom"].includes(k)).map(([k, v]) => `${k}: ${v}`);
      setFailure([e instanceof Error ? e.message : String(e), ...others].join(" "));
    } finally {
      setBusy(false);
    }
  }

  const invalid = (key: string, id: string) => ({ "aria-invalid": errors[key] ? true : undefined, "aria-describedby": errors[key] ? `${id}-error` : undefined });
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={t("提出补充协议")}>
      <div className="field">
        <label htmlFor="amendment-title">{t("补充协议名称")} *</label>
        <input id="amendment-title" value={title} placeholder="补充协议一：服务期延长" onChange={(e) => setTitle(e.target.value)} {...invalid("title", "amendment-title")} />
        {errors.title && <p className="field-error" id="amendment-title-error">{errors.title}</p>}
      </div>
      <div className="field">
        <label htmlFor="amendment-effective">{t("生效日期")} *</label>
        <input id="amendment-effective" type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} {...invalid("effectiveFrom", "amendment-effective")} />
        {errors.effectiveFrom && <p className="field-error" id="amendment-effective-error">{errors.effectiveFrom}</p>}
      </div>
      <div className="field">
        <label htmlFor="amendment-term-end">{t("服务期至")}</label>
        <input id="amendment-term-end" type="date" value={termEnd} placeholder={definition.term?.end} onChange={(e) => setTermEnd(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="amendment-clause">{t("调整违约金费率")}</label>
        <select id="amendment-clause" value={clause} onChange={(e) => setClause(e.target.value)}>
          <option value="">{t("不调整")}</option>
          {rated.map((p) => <option key={p.id} value={p.id}>{[p.article, p.title ?? p.id].filter(Boolean).join(" ")}（{Number(((p.amount!.rate ?? 0) * 100).toPrecision(12))}%）</option>)}
        </select>
      </div>
      {clause && (
        <div className="field">
          <label htmlFor="amendment-rate">{t("新费率（%）")} *</label>
          <input id="amendment-rate" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} {...invalid("rate", "amendment-rate")} />
          {errors.rate && <p className="field-error" id="amendment-rate-error">{errors.rate}</p>}
        </div>
      )}
      <details onToggle={(e) => setFormsOpen(e.currentTarget.open)}>
        <summary>{t("修改其他条款")}</summary>
        {formsOpen && (
          <div data-testid="amendment-forms">
            <FormNodes nodes={definitionForm} parent={whole as Record<string, unknown>} path="" context={{
              definition: whole, onChange: setEdited,
              errorAt: (path) => errors[`definition.${path}`] ?? errors[path],
              errorUnder: (path) => Object.keys(errors).some((k) => k.startsWith(`definition.${path}`)),
            }} />
          </div>
        )}
      </details>
      <FormFooter failure={failure} busy={busy} onClose={onClose} submitLabel={t("提出")} />
    </form>
  );
}

/** Two versions side by side: only the members that differ, each highlighted, labelled in Chinese. */
function VersionDiff({ base, versions }: { base: string; versions: VersionItem[] }) {
  useLang();
  const numbers = versions.map((v) => v.version);
  const [from, setFrom] = useState(numbers[0]);
  const [to, setTo] = useState(numbers[numbers.length - 1]);
  // The two definitions too, for the article of a changed clause when the diff item does not carry it.
  const diff = useLoad(() => Promise.all([
    api.get<{ changes: DefinitionChange[] }>(`${base}/versions/${from}/diff/${to}`),
    api.get<Clause>(`${base}/versions/${from}`),
    api.get<Clause>(`${base}/versions/${to}`),
  ]).then(([d, before, after]) => ({
    changes: d.changes.map((c) => {
      const head = /^(penalties|obligations|payments|staffing|lineItems)\[([^\]]+)\]/.exec(c.path);
      const local = head ? clauseArticle(head[1], head[2], after, before) : null;
      // The server's article is the clause's number; the name from the definitions is added when it is the same clause.
      return { ...c, article: c.article ? (local?.startsWith(c.article) ? local : c.article) : local };
    }),
  })), `${base}|${from}|${to}`);
  return (
    <div data-testid="version-diff">
      <h3 id="version-diff-title">{t("版本对比")}</h3>
      <div className="field inline">
        <label htmlFor="diff-from">{t("版本")}</label>
        <select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        <label htmlFor="diff-to">{t("对比版本")}</label>
        <select id="diff-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select>
      </div>
      {!diff.data ? <SectionState loading={diff.loading} error={diff.error} reload={diff.reload} testId="version-diff" />
        : diff.data.changes.length === 0 ? <Empty text={t("两个版本相同")} /> : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="version-diff-title">
            <table id="version-diff-table">
              <thead><tr><th scope="col">{t("条目")}</th><th scope="col">{t("版本")} {from}</th><th scope="col">{t("版本")} {to}</th></tr></thead>
              <tbody>
                {diff.data.changes.map((c) => (
                  <tr key={c.path} data-path={c.path}>
                    <th scope="row">{changeLabel(c.path, c.article)}<br /><span className="muted">{c.path}</span></th>
                    <td className="changed changed-before">{changeValue(c.path, c.before)}</td>
                    <td className="changed changed-after">{changeValue(c.path, c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </div>
  );
}
