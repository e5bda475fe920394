import { api, type CalendarInfo, type Contract, type Obligation, type Session } from "../api";
import { DeadlineCalendar, type Deadline } from "../components/DeadlineCalendar";
import { OnTimeChart } from "../components/Charts";
import { Empty, ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { contractState, contractStateLabel, isEnded, type ContractState } from "../contractState";
import { loadPortfolio, type ContractWithEvaluation } from "../data";
import { formatDate, formatDateTime, formatMoney, lateDaysLabel, shanghaiDay, todayInShanghai } from "../format";
import { serverNow } from "../serverTime";
import { t, useLang } from "../i18n";
import { contractHealth, healthLabel, nextPayment, obligationStatus, partyLabel } from "../labels";
import { DataList, type Column } from "../lists/DataList";

interface Row { o: Obligation; contract: Contract; state: ContractState }

export function InstitutionDashboard({ session }: { session: Session }) {
  const lang = useLang();
  const { data, error, loading, reload } = useLoad(
    async () => ({ portfolio: await loadPortfolio(), calendar: await api.get<CalendarInfo>("/api/calendar") }), "institution");
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;

  const today = todayInShanghai();
  const now = serverNow(), week = now + 7 * 86400_000;
  const states = new Map(data.portfolio.map((p) => [p.contract.id, contractState(p.contract, today)]));
  const all: Row[] = data.portfolio.flatMap(({ contract, evaluation }) =>
    evaluation.obligations.map((o) => ({ o, contract, state: states.get(contract.id)! })));
  const live = all.filter((r) => !isEnded(r.state));
  const dueSoon = live.filter(({ o }) => o.status === "open" && o.dueAt && Date.parse(o.dueAt) >= now && Date.parse(o.dueAt) <= week)
    .sort((a, b) => a.o.dueAt!.localeCompare(b.o.dueAt!));
  // Lateness of a contract that has ended is history, not something to chase: the tile and list count live contracts.
  const late = live.filter(({ o }) => o.status === "late" || o.status === "breached");
  const proposed = data.portfolio.reduce((s, p) => s + p.evaluation.totals.proposed, 0);
  const confirmed = data.portfolio.reduce((s, p) => s + p.evaluation.totals.confirmed, 0);
  const upcoming = data.portfolio.filter((p) => !isEnded(states.get(p.contract.id)!))
    .map((p) => ({ contract: p.contract, payment: nextPayment(p.evaluation.payments) }))
    .filter((x) => x.payment).sort((a, b) => (a.payment!.dueAt ?? "9999").localeCompare(b.payment!.dueAt ?? "9999"));
  const next = upcoming[0] ?? data.portfolio.map((p) => ({ contract: p.contract, payment: nextPayment(p.evaluation.payments) })).find((x) => x.payment);
  const deadlines: Deadline[] = all.filter(({ o }) => o.dueAt).map(({ o, contract }) => ({
    day: shanghaiDay(o.dueAt!), title: o.title, contractId: contract.id, contractTitle: contract.title, status: o.status,
  }));

  return (
    <div className="page">
      <h1>{t("机构工作台")} · {session.institution?.name}</h1>
      {session.role === "institution-admin" && (
        <p className="toolbar"><Link href="/contracts/new" className="button primary">{t("新建合同")}</Link></p>
      )}
      <div className="tiles">
        <Tile label={t("7 天内到期")} value={String(dueSoon.length)} testId="due-soon" />
        <Tile label={t("已逾期")} value={String(late.length)} testId="late" />
        <Tile label={t("待确认违约金")} value={formatMoney(proposed)} testId="proposed" />
        <Tile label={t("已确认违约金")} value={formatMoney(confirmed)} testId="confirmed" />
      </div>
      <section className="card" aria-labelledby="next-payment">
        <h2 id="next-payment">{t("下一笔付款")}</h2>
        {!next ? <Empty text={t("暂无付款")} /> : (
          <dl className="facts" data-testid="next-payment">
            <dt>{t("合同")}</dt><dd><Link href={`/contracts/${encodeURIComponent(next.contract.id)}`}>{next.contract.title}</Link></dd>
            <dt>{next.payment!.label}</dt><dd>{t("到期")} {formatDate(next.payment!.dueAt, lang)}</dd>
            <dt>{t("应付")}</dt><dd>{formatMoney(next.payment!.gross)}</dd>
            <dt>{t("扣减")}</dt><dd>{formatMoney(next.payment!.deductions)}</dd>
            <dt>{t("实付")}</dt><dd data-testid="next-payment-net">{formatMoney(next.payment!.net)}</dd>
          </dl>
        )}
      </section>
      <section className="card" aria-labelledby="due-soon-title">
        <h2 id="due-soon-title">{t("7 天内到期")}</h2>
        {dueSoon.length === 0 ? <Empty text={t("暂无义务")} /> : (
          <ul className="deadline-list">
            {dueSoon.map(({ o, contract }) => (
              <li key={contract.id + o.id}><time dateTime={o.dueAt!}>{formatDate(o.dueAt, lang)}</time>{" "}
                <Link href={`/contracts/${encodeURIComponent(contract.id)}`}>{o.title}</Link> <span className="muted">{contract.title}</span></li>
            ))}
          </ul>
        )}
      </section>
      <DeadlineCalendar deadlines={deadlines} calendar={data.calendar} />
      <ContractsList portfolio={data.portfolio} states={states} />
      <OnTimeChart portfolio={data.portfolio} />
      <section className="card" aria-labelledby="late-title">
        <h2 id="late-title">{t("已逾期")}</h2>
        <LateList rows={late} />
      </section>
    </div>
  );
}

function ContractsList({ portfolio, states }: { portfolio: ContractWithEvaluation[]; states: Map<string, ContractState> }) {
  const lang = useLang();
  type P = ContractWithEvaluation;
  const stateOf = (p: P) => states.get(p.contract.id)!;
  /** An ended contract shows where it stands, not 需关注: its lateness is history. */
  const status = (p: P) => isEnded(stateOf(p)) ? null : contractHealth(p.evaluation);
  const columns: Column<P>[] = [
    { key: "title", label: "名称", render: (p) => <Link href={`/contracts/${encodeURIComponent(p.contract.id)}`}>{p.contract.title}</Link>,
      sort: (p) => p.contract.title, exported: (p) => p.contract.title },
    { key: "number", label: "合同编号", render: (p) => p.contract.number, sort: (p) => p.contract.number, exported: (p) => p.contract.number },
    { key: "vendor", label: "乙方", render: (p) => p.contract.vendor.name, sort: (p) => p.contract.vendor.name, exported: (p) => p.contract.vendor.name },
    { key: "total", label: "金额", render: (p) => formatMoney(p.contract.total), sort: (p) => p.contract.total, exported: (p) => p.contract.total, money: true, className: "num" },
    { key: "term", label: "期限", render: (p) => `${formatDate(p.contract.start, lang)} – ${formatDate(p.contract.end, lang)}`,
      sort: (p) => p.contract.start, exported: (p) => `${p.contract.start} – ${p.contract.end}` },
    { key: "state", label: "合同状态", render: (p) => <StatusBadge kind={`state-${stateOf(p)}`} label={contractStateLabel(stateOf(p))} />,
      sort: (p) => stateOf(p), exported: (p) => contractStateLabel(stateOf(p), "zh") },
    { key: "health", label: "状态", render: (p) => { const h = status(p); return h ? <StatusBadge kind={h} label={healthLabel(h)} /> : "—"; },
      sort: (p) => status(p), exported: (p) => { const h = status(p); return h ? healthLabel(h, "zh") : ""; } },
  ];
  return (
    <section className="card" aria-labelledby="contracts-title">
      <h2 id="contracts-title">{t("合同列表")}</h2>
      <DataList id="contracts" label="合同列表" rows={portfolio} rowKey={(p) => p.contract.id} rowAttributes={(p) => ({ "data-contract": p.contract.id })}
        columns={columns} exportName="合同列表" searchText={(p) => `${p.contract.title} ${p.contract.number} ${p.contract.vendor.name}`}
        filters={[
          { key: "vendor", label: "乙方", value: (p) => p.contract.vendor.id,
            options: [...new Map(portfolio.map((p) => [p.contract.vendor.id, p.contract.vendor.name])).entries()].map(([value, label]) => ({ value, label })) },
          { key: "state", label: "合同状态", value: (p) => stateOf(p),
            options: (["pending", "active", "expired", "terminated"] as const).map((s) => ({ value: s, label: contractStateLabel(s) })) },
        ]} />
    </section>
  );
}

function LateList({ rows }: { rows: Row[] }) {
  const lang = useLang();
  const columns: Column<Row>[] = [
    { key: "due", label: "截止时间", render: (r) => <time dateTime={r.o.dueAt ?? ""}>{formatDateTime(r.o.dueAt, lang)}</time>, sort: (r) => r.o.dueAt,
      exported: (r) => formatDateTime(r.o.dueAt, "zh") },
    { key: "title", label: "名称", render: (r) => <Link href={`/contracts/${encodeURIComponent(r.contract.id)}`}>{r.o.title}</Link>,
      sort: (r) => r.o.title, exported: (r) => r.o.title },
    { key: "contract", label: "合同", render: (r) => r.contract.title, sort: (r) => r.contract.title, exported: (r) => r.contract.title },
    { key: "party", label: "义务方", render: (r) => partyLabel(r.o.party), sort: (r) => r.o.party, exported: (r) => partyLabel(r.o.party, "zh") },
    { key: "status", label: "状态", render: (r) => <StatusBadge kind={r.o.status} label={r.o.status === "late" ? lateDaysLabel(r.o.lateDays, lang) : obligationStatus(r.o.status)} />,
      sort: (r) => r.o.status, exported: (r) => obligationStatus(r.o.status, "zh") },
    { key: "days", label: "逾期天数", render: (r) => (r.o.lateDays ? lateDaysLabel(r.o.lateDays, lang) : "—"), sort: (r) => r.o.lateDays,
      exported: (r) => r.o.lateDays, className: "num" },
  ];
  return (
    <DataList id="late" label="已逾期" rows={rows} rowKey={(r) => r.contract.id + r.o.id} rowAttributes={(r) => ({ "data-obligation": r.o.id })}
      columns={columns} exportName="已逾期义务" defaultSort={{ key: "days", dir: "desc" }} empty={t("暂无逾期")}
      searchText={(r) => `${r.o.title} ${r.contract.title} ${r.o.clauseId}`} due={(r) => r.o.dueAt}
      filters={[
        { key: "contract", label: "合同", value: (r) => r.contract.id,
          options: [...new Map(rows.map((r) => [r.contract.id, r.contract.title])).entries()].map(([value, label]) => ({ value, label })) },
        { key: "party", label: "义务方", value: (r) => r.o.party, optionLabel: (p) => partyLabel(p) },
        { key: "status", label: "状态", value: (r) => r.o.status, optionLabel: (s) => obligationStatus(s as Obligation["status"]) },
        { key: "clause", label: "条款", value: (r) => r.o.clauseId,
          options: [...new Map(rows.map((r) => [r.o.clauseId, r.o.title.replace(/[（(].*$/, "")])).entries()].map(([value, label]) => ({ value, label })) },
      ]} />
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return <div className="tile"><span className="tile-label">{label}</span><strong className="tile-value" data-testid={testId}>{value}</strong></div>;
}
