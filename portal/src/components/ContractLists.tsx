import type { AuditEntry, Obligation, Payment } from "../api";
import { formatDate, formatDateTime, formatMoney, lateDaysLabel } from "../format";
import { t, useLang, type Lang } from "../i18n";
import { obligationStatus, partyLabel, paymentStatus } from "../labels";
import { DataList, type Column } from "../lists/DataList";
import { SubmitDeliverable } from "./SubmitDeliverable";
import { StatusBadge } from "./ui";

const statusText = (o: Obligation, lang: Lang) => (o.status === "late" && o.lateDays ? lateDaysLabel(o.lateDays, lang) : obligationStatus(o.status));

/** A contract's obligations: search, filters (status, party, clause, due range), sort, paging, export. */
export function ObligationsList({ contractId, contractTitle, obligations, canSubmit, onChanged, onFailed }: {
  contractId: string; contractTitle: string; obligations: Obligation[]; canSubmit: boolean;
  onChanged: (message: string) => void; onFailed: (message: string) => void;
}) {
  const lang = useLang();
  const columns: Column<Obligation>[] = [
    { key: "due", label: "截止时间", render: (o) => <time dateTime={o.dueAt ?? ""}>{formatDateTime(o.dueAt, lang)}</time>, sort: (o) => o.dueAt,
      exported: (o) => formatDateTime(o.dueAt, "zh") },
    { key: "title", label: "名称", render: (o) => o.title, sort: (o) => o.title, exported: (o) => o.title },
    { key: "party", label: "义务方", render: (o) => partyLabel(o.party), sort: (o) => o.party, exported: (o) => partyLabel(o.party, "zh") },
    { key: "status", label: "状态", render: (o) => <>
        <StatusBadge kind={o.status} label={statusText(o, lang)} />
        {o.provisional && <span className="badge badge-provisional" title={t("该年度节假日安排尚未公布，期限可能变动，暂不计违约金")}>{t("暂定")}</span>}
      </>, sort: (o) => o.status,
      exported: (o) => obligationStatus(o.status, "zh") + (o.provisional ? "（暂定）" : "") },
    { key: "late", label: "逾期天数", className: "num", render: (o) => (o.lateDays ? lateDaysLabel(o.lateDays, lang) : "—"), sort: (o) => o.lateDays,
      exported: (o) => o.lateDays },
    { key: "actions", label: "操作", className: "actions", render: (o) => canSubmit && o.party === "vendor" && (o.status === "open" || o.status === "late") && (
      <SubmitDeliverable contractId={contractId} obligation={o} onDone={onChanged} onFailed={onFailed} />) },
  ];
  return (
    <DataList id="obligations" label="履约义务" rows={obligations} rowKey={(o) => o.id} rowAttributes={(o) => ({ "data-obligation": o.id })}
      columns={columns} exportName={`${contractTitle}-履约义务`} defaultSort={{ key: "due", dir: "asc" }} empty={t("暂无义务")}
      searchText={(o) => `${o.title} ${o.clauseId}`} due={(o) => o.dueAt}
      filters={[
        { key: "status", label: "状态", value: (o) => o.status, optionLabel: (s) => obligationStatus(s as Obligation["status"]) },
        { key: "party", label: "义务方", value: (o) => o.party, optionLabel: (p) => partyLabel(p) },
        { key: "clause", label: "条款", value: (o) => o.clauseId,
          options: [...new Map(obligations.map((o) => [o.clauseId, o.title.replace(/[（(].*$/, "")])).entries()].map(([value, label]) => ({ value, label })) },
      ]} />
  );
}

export function PaymentsList({ contractId, payments }: { contractId: string; payments: Payment[] }) {
  const lang = useLang();
  const columns: Column<Payment>[] = [
    { key: "label", label: "名称", render: (p) => p.label, sort: (p) => p.label, exported: (p) => p.label },
    { key: "due", label: "到期", render: (p) => formatDate(p.dueAt, lang), sort: (p) => p.dueAt, exported: (p) => formatDate(p.dueAt, "zh") },
    { key: "gross", label: "应付", className: "num", money: true, render: (p) => formatMoney(p.gross), sort: (p) => p.gross, exported: (p) => p.gross },
    { key: "deductions", label: "扣减", className: "num", money: true, render: (p) => formatMoney(p.deductions), sort: (p) => p.deductions, exported: (p) => p.deductions },
    { key: "net", label: "实付", className: "num", money: true, render: (p) => <span data-testid={`net-${p.id}`}>{formatMoney(p.net)}</span>, sort: (p) => p.net, exported: (p) => p.net },
    { key: "status", label: "状态", render: (p) => <StatusBadge kind={p.status} label={paymentStatus(p.status)} />, sort: (p) => p.status,
      exported: (p) => paymentStatus(p.status, "zh") },
  ];
  return (
    <DataList id="payments" label="付款计划" rows={payments} rowKey={(p) => p.id} rowAttributes={(p) => ({ "data-payment": p.id })}
      columns={columns} exportName={`${contractId}-付款计划`} empty={t("暂无付款")} due={(p) => p.dueAt}
      filters={[{ key: "status", label: "状态", value: (p) => p.status, optionLabel: (s) => paymentStatus(s as Payment["status"]) }]} />
  );
}

/** What a state-changing call did, in words: the route template the audit trail records, named. */
export function auditAction(route: string, method: string, lang?: Lang): string {
  const named: [RegExp, string][] = [
    [/\/ledger\/\{entryId\}\/confirm$/, "确认违约金"], [/\/ledger\/\{entryId\}\/waive$/, "免除违约金"],
    [/\/ledger\/\{entryId\}\/dispute$/, "对违约金提出异议"], [/\/ledger\/\{entryId\}\/reverse$/, "撤销违约金决定"],
    [/\/contracts\/\{id\}\/events$/, "记录履约事实"], [/\/incidents\/\{incidentId\}\/events$/, "记录事件步骤"], [/\/incidents$/, "报修"],
    [/\/acceptance\/documents\/.*\/submit$/, "提交验收资料"], [/\/acceptance\/documents\/.*\/review$/, "审核验收资料"], [/\/acceptance$/, "确认验收"],
    [/\/evaluations$/, "记录考核"], [/\/assignments$/, "派驻人员"], [/\/replacements$/, "要求更换人员"], [/^\/api\/contracts\/?$/, "创建合同"],
    [/\/users\/invitations$/, "邀请用户"], [/\/users\/\{id(:long)?\}\/disable$/, "停用用户"], [/\/auth\/login$/, "登录"], [/\/auth\/logout$/, "退出登录"],
    [/\/institutions\/?$/, "入驻机构"], [/\/vendors\/?$/, "入驻供应商"], [/\/admins$/, "邀请机构管理员"], [/\/vendors\/\{id\}\/users$/, "邀请供应商用户"],
    [/\/calendar\/years$/, "添加节假日年份"], [/\/calendar\/institution$/, "设置闭馆日与工作时间"], [/\/webhooks/, "管理 Webhook"], [/\/feeds/, "管理日历订阅"],
    [/\/policy$/, "设置提醒策略"], [/\/notifications\/\{id(:long)?\}\/read$/, "标记通知已读"], [/\/deliveries\//, "重发投递"], [/\/jobs\//, "运行任务"],
  ];
  const found = named.find(([pattern]) => pattern.test(route));
  return found ? t(found[1], lang) : `${method} ${route}`;
}

export const auditOutcome = (status: number, lang?: Lang) =>
  status < 300 ? t("成功", lang) : status === 401 || status === 403 ? t("被拒绝", lang) : status === 404 ? t("未找到", lang)
    : status === 409 ? t("状态冲突", lang) : status === 422 ? t("内容有误", lang) : `${t("失败", lang)} ${status}`;

/** The contract's audit trail (its own rows and those of its ledger entries, facts and incidents). */
export function ContractAudit({ entries }: { entries: AuditEntry[] }) {
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t("审计记录")}</h2>
      <AuditList id="contract-audit" entries={entries} lang={lang} />
    </section>
  );
}

export function AuditList({ id, entries, lang }: { id: string; entries: AuditEntry[]; lang: Lang }) {
  const columns: Column<AuditEntry>[] = [
    { key: "at", label: "时间", render: (a) => formatDateTime(a.at, lang), sort: (a) => a.at, exported: (a) => formatDateTime(a.at, "zh") },
    { key: "subject", label: "操作人", render: (a) => a.subject, sort: (a) => a.subject, exported: (a) => a.subject },
    { key: "action", label: "操作", render: (a) => auditAction(a.route, a.method), sort: (a) => auditAction(a.route, a.method), exported: (a) => auditAction(a.route, a.method, "zh") },
    { key: "resource", label: "对象", render: (a) => a.resourceId ?? "—", exported: (a) => a.resourceId ?? "" },
    { key: "status", label: "结果", render: (a) => auditOutcome(a.status), sort: (a) => a.status, exported: (a) => auditOutcome(a.status, "zh") },
  ];
  return (
    <DataList id={id} label="审计记录" rows={entries} rowKey={(a) => String(a.id)} rowAttributes={(a) => ({ "data-route": a.route })}
      columns={columns} exportName="审计记录" empty={t("暂无审计记录")} defaultSort={{ key: "at", dir: "desc" }}
      searchText={(a) => `${a.subject} ${auditAction(a.route, a.method)} ${a.resourceId ?? ""}`} due={(a) => a.at}
      filters={[{ key: "action", label: "操作", value: (a) => auditAction(a.route, a.method) }]} />
  );
}
