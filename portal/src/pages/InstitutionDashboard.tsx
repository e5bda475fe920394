import { api, type CalendarInfo, type Session } from "../api";
import { DeadlineCalendar, type Deadline } from "../components/DeadlineCalendar";
import { ExportButton } from "../components/ExportButton";
import { OnTimeChart } from "../components/Charts";
import { UsersPanel } from "../components/UsersPanel";
import { Empty, ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { loadPortfolio } from "../data";
import { formatDate, formatMoney, shanghaiDay } from "../format";
import { serverNow } from "../serverTime";
import { t, useLang } from "../i18n";
import { contractHealth, healthLabel, nextPayment, obligationStatus } from "../labels";

export function InstitutionDashboard({ session }: { session: Session }) {
  const lang = useLang();
  const { data, error, loading, reload } = useLoad(
    async () => ({ portfolio: await loadPortfolio(), calendar: await api.get<CalendarInfo>("/api/calendar") }), "institution");
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;

  const now = serverNow(), week = now + 7 * 86400_000;
  const all = data.portfolio.flatMap(({ contract, evaluation }) => evaluation.obligations.map((o) => ({ o, contract })));
  const dueSoon = all.filter(({ o }) => o.status === "open" && o.dueAt && Date.parse(o.dueAt) >= now && Date.parse(o.dueAt) <= week)
    .sort((a, b) => a.o.dueAt!.localeCompare(b.o.dueAt!));
  const late = all.filter(({ o }) => o.status === "late" || o.status === "breached");
  const proposed = data.portfolio.reduce((s, p) => s + p.evaluation.totals.proposed, 0);
  const confirmed = data.portfolio.reduce((s, p) => s + p.evaluation.totals.confirmed, 0);
  const upcoming = data.portfolio.map((p) => ({ contract: p.contract, payment: nextPayment(p.evaluation.payments) }))
    .filter((x) => x.payment).sort((a, b) => (a.payment!.dueAt ?? "9999").localeCompare(b.payment!.dueAt ?? "9999"));
  const next = upcoming[0];
  const deadlines: Deadline[] = all.filter(({ o }) => o.dueAt).map(({ o, contract }) => ({
    day: shanghaiDay(o.dueAt!), title: o.title, contractId: contract.id, contractTitle: contract.title, status: o.status,
  }));

  return (
    <div className="page">
      <h1>{t("机构工作台")} · {session.institution?.name}</h1>
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
      <section className="card" aria-labelledby="contracts-title">
        <div className="card-head">
          <h2 id="contracts-title">{t("合同列表")}</h2>
          <ExportButton name="contracts" rows={data.portfolio.map(({ contract, evaluation }) => ({
            [t("合同编号")]: contract.number, [t("名称")]: contract.title, [t("乙方")]: contract.vendor.name,
            [t("金额")]: contract.total, [t("开始")]: contract.start, [t("结束")]: contract.end, [t("状态")]: healthLabel(contractHealth(evaluation)),
          }))} />
        </div>
        {data.portfolio.length === 0 ? <Empty /> : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead><tr><th scope="col">{t("名称")}</th><th scope="col">{t("乙方")}</th><th scope="col">{t("金额")}</th><th scope="col">{t("期限")}</th><th scope="col">{t("状态")}</th></tr></thead>
              <tbody>
                {data.portfolio.map(({ contract, evaluation }) => {
                  const health = contractHealth(evaluation);
                  return (
                    <tr key={contract.id}>
                      <td><Link href={`/contracts/${encodeURIComponent(contract.id)}`}>{contract.title}</Link></td>
                      <td>{contract.vendor.name}</td>
                      <td className="num">{formatMoney(contract.total)}</td>
                      <td>{formatDate(contract.start, lang)} – {formatDate(contract.end, lang)}</td>
                      <td><StatusBadge kind={health} label={healthLabel(health)} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <OnTimeChart portfolio={data.portfolio} />
      {session.role === "institution-admin" && <UsersPanel />}
      {late.length > 0 && (
        <section className="card" aria-labelledby="late-title">
          <h2 id="late-title">{t("已逾期")}</h2>
          <ul className="deadline-list">
            {late.slice(0, 20).map(({ o, contract }) => (
              <li key={contract.id + o.id}><time dateTime={o.dueAt ?? ""}>{formatDate(o.dueAt, lang)}</time>{" "}
                <Link href={`/contracts/${encodeURIComponent(contract.id)}`}>{o.title}</Link>{" "}
                <StatusBadge kind={o.status} label={`${obligationStatus(o.status)} ${o.lateDays}`} /></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return <div className="tile"><span className="tile-label">{label}</span><strong className="tile-value" data-testid={testId}>{value}</strong></div>;
}
