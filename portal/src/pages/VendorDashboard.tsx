import { useEffect, useMemo, useState } from "react";
import { api, type Contract, type Session, type VendorMe, type VendorObligation } from "../api";
import { contractState, contractStateLabel, isEnded, type ContractState } from "../contractState";
import { SubmitDeliverable } from "../components/SubmitDeliverable";
import { ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { formatDateTime, formatMoney, lateDaysLabel, todayInShanghai } from "../format";
import { t, useLang } from "../i18n";
import { obligationStatus } from "../labels";
import { DataList, type Column, type Filter } from "../lists/DataList";
import { serverNow } from "../serverTime";

interface ContractSummary {
  key: string; institutionId: string; institutionName: string; contractId: string; title: string; state: ContractState;
  dueThisWeek: number; late: number; breached: number; disputed: number; exposure: number;
}

/**
 * The vendor's home: first a summary per institution and contract (due in the next 7 days, late, disputed, penalty
 * exposure), then every obligation, grouped by contract and closed until opened, searchable and exportable.
 */
export function VendorDashboard({ session }: { session: Session }) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState("");
  const { data, error, loading, reload } = useLoad(async () => {
    performance.mark("vg:vendor-home:requested");
    const [me, obligations, contracts] = await Promise.all([
      api.get<VendorMe>("/api/vendors/me"),
      api.getAll<VendorObligation>("/api/vendors/me/obligations?limit=200"),
      api.getAll<Contract>("/api/contracts?limit=200"),
    ]);
    performance.mark("vg:vendor-home:data");
    return { me, obligations, contracts };
  }, `v${version}`);

  const today = todayInShanghai();
  const summary = useMemo(() => data && summarize(data.me, data.obligations, data.contracts, today), [data, today]);
  const byContract = useMemo(() => new Map((data?.contracts ?? []).map((c) => [`${c.institution.id}/${c.id}`, c])), [data]);

  // The bench (bench/PortalBench) reads these marks: data in hand → summary on screen.
  useEffect(() => {
    if (!summary) return;
    const frame = requestAnimationFrame(() => {
      performance.mark("vg:vendor-home:rendered");
      performance.measure("vg:vendor-home:render", "vg:vendor-home:data", "vg:vendor-home:rendered");
    });
    return () => cancelAnimationFrame(frame);
  }, [summary]);

  if (loading && !data) return <Loading />;
  if (error || !data || !summary) return <ErrorBox error={error} onRetry={reload} />;

  const contractOf = (o: VendorObligation) => byContract.get(`${o.institution.id}/${o.contractId}`);
  const titleOf = (o: VendorObligation) => contractOf(o)?.title ?? o.contractId;
  const stateOf = (o: VendorObligation) => { const c = contractOf(o); return c ? contractState(c, today) : "active"; };
  const submitted = (message: string) => { setNotice(message); setVersion((v) => v + 1); };
  const totals = summary.reduce((s, c) => ({ due: s.due + c.dueThisWeek, late: s.late + c.late, disputed: s.disputed + c.disputed, exposure: s.exposure + c.exposure }),
    { due: 0, late: 0, disputed: 0, exposure: 0 });

  const columns: Column<VendorObligation>[] = [
    { key: "title", label: "名称", render: (o) => <Link href={`/contracts/${encodeURIComponent(o.contractId)}`}>{o.title}</Link>,
      sort: (o) => o.title, exported: (o) => o.title },
    { key: "institution", label: "机构", render: (o) => o.institution.name, sort: (o) => o.institution.name, exported: (o) => o.institution.name },
    { key: "contract", label: "合同", render: (o) => titleOf(o), sort: (o) => titleOf(o), exported: (o) => titleOf(o) },
    { key: "due", label: "截止时间", render: (o) => <time dateTime={o.dueAt ?? ""}>{formatDateTime(o.dueAt, lang)}</time>,
      sort: (o) => o.dueAt, exported: (o) => formatDateTime(o.dueAt, "zh") },
    { key: "status", label: "状态", render: (o) => <>
        <StatusBadge kind={o.status} label={statusText(o, lang)} />
        {o.provisional && <span className="badge badge-provisional" title={t("该年度节假日安排尚未公布，期限可能变动，暂不计违约金")}>{t("暂定")}</span>}
      </>, sort: (o) => o.status, exported: (o) => obligationStatus(o.status, "zh") + (o.provisional ? "（暂定）" : "") },
    { key: "late", label: "逾期天数", render: (o) => (o.lateDays ? lateDaysLabel(o.lateDays, lang) : "—"), sort: (o) => o.lateDays,
      exported: (o) => o.lateDays, className: "num" },
    { key: "actions", label: "操作", render: (o) => (o.status === "open" || o.status === "late") && !isEnded(stateOf(o))
      ? <SubmitDeliverable contractId={o.contractId} obligation={o} onDone={submitted} onFailed={setNotice} /> : null, className: "actions" },
  ];
  const filters: Filter<VendorObligation>[] = [
    { key: "contract", label: "合同", value: (o) => `${o.institution.id}/${o.contractId}`,
      options: data.contracts.map((c) => ({ value: `${c.institution.id}/${c.id}`, label: c.title })) },
    { key: "party", label: "机构", value: (o) => o.institution.id,
      options: [...new Map(data.obligations.map((o) => [o.institution.id, o.institution.name])).entries()].map(([value, label]) => ({ value, label })) },
    { key: "status", label: "状态", value: (o) => o.status, optionLabel: (s) => obligationStatus(s as VendorObligation["status"]) },
    { key: "clause", label: "条款", value: (o) => o.clauseId,
      options: [...new Map(data.obligations.map((o) => [o.clauseId, o.title.replace(/[（(].*$/, "")])).entries()].map(([value, label]) => ({ value, label })) },
  ];

  return (
    <div className="page">
      <h1>{t("供应商工作台")}</h1>
      <p className="muted">{session.vendor?.name}</p>
      {notice && <p className="notice" role="status">{notice}</p>}
      <div className="tiles" data-testid="vendor-tiles">
        <Tile label={t("7 天内到期")} value={String(totals.due)} testId="due-week" />
        <Tile label={t("已逾期")} value={String(totals.late)} testId="late" />
        <Tile label={t("有异议违约金")} value={formatMoney(totals.disputed)} testId="disputed" />
        <Tile label={t("违约金敞口")} value={formatMoney(totals.exposure)} testId="exposure" />
      </div>
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t("按机构与合同")}</h2>
        <div className="table-wrap">
          <table className="data-table" data-testid="contract-summary">
            <thead><tr>
              <th scope="col">{t("机构")}</th><th scope="col">{t("合同")}</th><th scope="col">{t("合同状态")}</th>
              <th scope="col" className="num">{t("7 天内到期")}</th><th scope="col" className="num">{t("已逾期")}</th>
              <th scope="col" className="num">{t("有异议")}</th><th scope="col" className="num">{t("违约金敞口")}</th>
            </tr></thead>
            <tbody>
              {summary.map((c) => (
                <tr key={c.key} data-contract={c.contractId}>
                  <td data-label={t("机构")}>{c.institutionName}</td>
                  <td data-label={t("合同")}><Link href={`/contracts/${encodeURIComponent(c.contractId)}`}>{c.title}</Link></td>
                  <td data-label={t("合同状态")}><StatusBadge kind={`state-${c.state}`} label={contractStateLabel(c.state)} /></td>
                  <td data-label={t("7 天内到期")} className="num">{c.dueThisWeek}</td>
                  <td data-label={t("已逾期")} className="num">{c.late}</td>
                  <td data-label={t("有异议")} className="num">{formatMoney(c.disputed)}</td>
                  <td data-label={t("违约金敞口")} className="num">{formatMoney(c.exposure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="obligations-title">
        <h2 id="obligations-title">{t("我的义务")}</h2>
        <p className="muted">{t("按合同分组，点开查看")}</p>
        <DataList id="vendor-obligations" label="我的义务" rows={data.obligations} rowKey={(o) => `${o.institution.id}/${o.contractId}/${o.id}`}
          rowAttributes={(o) => ({ "data-obligation": o.id })} columns={columns} filters={filters} exportName="我的义务"
          searchText={(o) => `${o.title} ${o.institution.name} ${titleOf(o)} ${o.clauseId}`} due={(o) => o.dueAt}
          defaultSort={{ key: "due", dir: "asc" }} empty={t("暂无义务")}
          groupBy={(o) => {
            const c = contractOf(o);
            const state = stateOf(o);
            return { key: `${o.institution.id}-${o.contractId}`, label: `${o.institution.name} · ${titleOf(o)}`,
              summary: c ? <StatusBadge kind={`state-${state}`} label={contractStateLabel(state)} /> : undefined };
          }} />
      </section>
    </div>
  );
}

const statusText = (o: VendorObligation, lang: "zh" | "en") =>
  o.status === "late" && o.lateDays ? lateDaysLabel(o.lateDays, lang) : obligationStatus(o.status);

/** One row per contract the vendor serves, by institution then title; counts from the obligations, amounts from the exposure. */
function summarize(me: VendorMe, obligations: VendorObligation[], contracts: Contract[], today: string): ContractSummary[] {
  const now = serverNow(), week = now + 7 * 86400_000;
  const rows = new Map<string, ContractSummary>();
  for (const c of contracts) {
    rows.set(`${c.institution.id}/${c.id}`, {
      key: `${c.institution.id}/${c.id}`, institutionId: c.institution.id, institutionName: c.institution.name, contractId: c.id, title: c.title,
      state: contractState(c, today), dueThisWeek: 0, late: 0, breached: 0, disputed: 0, exposure: 0,
    });
  }
  for (const o of obligations) {
    const row = rows.get(`${o.institution.id}/${o.contractId}`);
    if (!row) continue;
    const due = o.dueAt ? Date.parse(o.dueAt) : NaN;
    if (o.status === "open" && due >= now && due <= week) row.dueThisWeek++;
    if (o.status === "late") row.late++;
    if (o.status === "breached") row.breached++;
  }
  for (const e of me.exposure.contracts) {
    const row = rows.get(`${e.institutionId}/${e.contractId}`);
    if (!row) continue;
    row.disputed = e.penalties.disputed;
    row.exposure = e.penalties.proposed + e.penalties.confirmed + e.penalties.disputed;
  }
  return [...rows.values()].sort((a, b) => a.institutionName.localeCompare(b.institutionName, "zh") || a.title.localeCompare(b.title, "zh"));
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return <div className="tile"><span className="tile-label">{label}</span><strong className="tile-value" data-testid={testId}>{value}</strong></div>;
}
