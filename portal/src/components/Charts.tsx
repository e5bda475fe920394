import type { Contract, LedgerEntry, Obligation } from "../api";
import type { ContractWithEvaluation } from "../data";
import { formatMoney, shanghaiDay } from "../format";
import { serverNow } from "../serverTime";
import { t, useLang } from "../i18n";
import { Empty } from "./ui";

export interface ClauseCap { clauseId: string; title: string; cap: number | null }

/** Cumulative penalties per clause over time, each against its clause-wide cap (a dashed line), with a table as its text. */
export function ExposureChart({ ledger, caps }: { ledger: LedgerEntry[]; caps: ClauseCap[] }) {
  useLang();
  const counted = ledger.filter((e) => e.status !== "waived" && e.payer === "vendor");
  const clauses = [...new Set(counted.map((e) => e.clauseId))];
  if (clauses.length === 0) return null;
  const series = clauses.map((clauseId) => {
    let sum = 0;
    const points = counted.filter((e) => e.clauseId === clauseId).sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))
      .map((e) => ({ at: Date.parse(e.proposedAt), total: (sum += e.amount) }));
    return { clauseId, points, cap: caps.find((c) => c.clauseId === clauseId)?.cap ?? null, title: caps.find((c) => c.clauseId === clauseId)?.title ?? clauseId };
  });
  const times = series.flatMap((s) => s.points.map((p) => p.at));
  const [t0, t1] = [Math.min(...times), Math.max(...times, Math.min(...times) + 86400_000)];
  const top = Math.max(...series.flatMap((s) => [...s.points.map((p) => p.total), s.cap ?? 0]), 1);
  const [w, h, pad] = [640, 220, 40];
  const x = (at: number) => pad + ((at - t0) / (t1 - t0)) * (w - 2 * pad);
  const y = (v: number) => h - pad + 10 - (v / top) * (h - 2 * pad);
  const colors = ["#1f5fa8", "#b0430f", "#2c7a3f", "#7a3f9a", "#8a6d00"];
  return (
    <section className="card" aria-labelledby="exposure-title">
      <h2 id="exposure-title">{t("违约金敞口")}</h2>
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby="exposure-title" className="chart">
        <line x1={pad} y1={h - pad + 10} x2={w - pad} y2={h - pad + 10} stroke="#555" />
        {series.map((s, i) => (
          <g key={s.clauseId}>
            {s.cap !== null && <line x1={pad} x2={w - pad} y1={y(s.cap)} y2={y(s.cap)} stroke={colors[i % 5]} strokeDasharray="6 4" />}
            <polyline fill="none" stroke={colors[i % 5]} strokeWidth={2}
              points={s.points.map((p, j) => `${x(p.at)},${y(j === 0 ? 0 : s.points[j - 1].total)} ${x(p.at)},${y(p.total)}`).join(" ")} />
          </g>
        ))}
      </svg>
      <table className="chart-text">
        <caption>{t("图表的文字说明")}</caption>
        <thead><tr><th scope="col">{t("条款")}</th><th scope="col">{t("总计")}</th><th scope="col">{t("上限")}</th></tr></thead>
        <tbody>
          {series.map((s, i) => (
            <tr key={s.clauseId}>
              <td><span className="swatch" style={{ background: colors[i % 5] }} aria-hidden="true" /> {s.title}</td>
              <td className="num">{formatMoney(s.points.at(-1)?.total ?? 0)}</td>
              <td className="num">{s.cap === null ? "—" : formatMoney(s.cap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Exposure against the cap, one bar per clause the vendor pays under: the net of its entries (waived ones left out) as
 * a share of the clause-wide cap; a clause without one shows its exposure alone. The numbers are the server's.
 */
export function CapChart({ ledger, caps }: { ledger: LedgerEntry[]; caps: ClauseCap[] }) {
  useLang();
  const counted = ledger.filter((e) => e.status !== "waived" && e.payer === "vendor");
  const rows = [...new Set(counted.map((e) => e.clauseId))].map((clauseId) => {
    const clause = caps.find((c) => c.clauseId === clauseId);
    const ofClause = counted.filter((e) => e.clauseId === clauseId);
    const used = ofClause.reduce((sum, e) => sum + (e.net ?? e.amount), 0);
    // A cap limits the clause's accruals; an escalation is charged beside them.
    const accrued = ofClause.filter((e) => e.kind === "accrual").reduce((sum, e) => sum + (e.net ?? e.amount), 0);
    return { clauseId, title: clause?.title ?? clauseId, cap: clause?.cap ?? null, used, accrued };
  });
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="cap-title" data-testid="cap-chart">
      <h2 id="cap-title">{t("敞口与上限")}</h2>
      <ul className="cap-rows">
        {rows.map((r) => {
          const share = r.cap ? Math.min(1, r.accrued / r.cap) : null;
          return (
            <li key={r.clauseId} data-clause={r.clauseId}>
              <span className="cap-title">{r.title}</span>
              {share !== null && <svg viewBox="0 0 100 12" preserveAspectRatio="none" className="cap-bar" aria-hidden="true">
                <rect width="100" height="12" fill="#e3e7ee" />
                <rect width={Math.round(share * 100)} height="12" fill={share >= 1 ? "#b0430f" : "#1f5fa8"} />
              </svg>}
              <span className="cap-figures">{t("敞口")} {formatMoney(r.used)} · {t("上限")} {r.cap === null ? t("无上限") : formatMoney(r.cap)}
                {share !== null && <> · {t("已用")} {Math.round(share * 100)}%</>}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Share of the vendor's obligations due in a month that were met by their due time, per vendor and month. */
export function OnTimeChart({ portfolio }: { portfolio: ContractWithEvaluation[] }) {
  useLang();
  const cells = new Map<string, { vendor: string; month: string; due: number; onTime: number }>();
  const count = (contract: Contract, o: Obligation) => {
    if (o.party !== "vendor" || !o.dueAt || Date.parse(o.dueAt) > serverNow()) return;
    const month = shanghaiDay(o.dueAt).slice(0, 7);
    const key = `${contract.vendor.id}|${month}`;
    const cell = cells.get(key) ?? { vendor: contract.vendor.name, month, due: 0, onTime: 0 };
    cell.due++;
    if (o.metAt && Date.parse(o.metAt) <= Date.parse(o.dueAt)) cell.onTime++;
    cells.set(key, cell);
  };
  portfolio.forEach(({ contract, evaluation }) => evaluation.obligations.forEach((o) => count(contract, o)));
  const rows = [...cells.values()].sort((a, b) => a.vendor.localeCompare(b.vendor) || a.month.localeCompare(b.month)).slice(-24);
  return (
    <section className="card" aria-labelledby="ontime-title">
      <h2 id="ontime-title">{t("按月准时率")}</h2>
      {rows.length === 0 ? <Empty text={t("暂无可统计的义务")} /> : (
        <table className="bars">
          <thead><tr><th scope="col">{t("供应商")}</th><th scope="col">{t("月份")}</th><th scope="col">{t("准时率")}</th></tr></thead>
          <tbody>
            {rows.map((r) => {
              const rate = Math.round((r.onTime / r.due) * 100);
              return (
                <tr key={r.vendor + r.month}>
                  <td>{r.vendor}</td><td>{r.month}</td>
                  <td><svg width="120" height="12" aria-hidden="true"><rect width="120" height="12" fill="#e3e7ee" /><rect width={rate * 1.2} height="12" fill="#2c7a3f" /></svg>{" "}
                    {rate}% ({r.onTime}/{r.due})</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
