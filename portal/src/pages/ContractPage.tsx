import { useState } from "react";
import { api, ApiError, asOfQuery, type AuditEntry, type Contract, type Evaluation, type Session } from "../api";
import { CapChart, ExposureChart, type ClauseCap } from "../components/Charts";
import { EntryExplanation, type ClauseOfDefinition } from "../components/EntryExplanation";
import { FactsSection } from "../components/FactsSection";
import { listFacts } from "../facts";
import { signsOff } from "../waiting";
import { ContractAudit, ObligationsList, PaymentsList } from "../components/ContractLists";
import { LedgerTable } from "../components/LedgerTable";
import { AcceptanceSection } from "../components/AcceptanceSection";
import { DefinitionConfirmationSection } from "../components/DefinitionConfirmationSection";
import { EvaluationsSection, type EvaluationTemplate } from "../components/EvaluationsSection";
import { IncidentsSection } from "../components/IncidentsSection";
import { StaffingSection } from "../components/StaffingSection";
import { StatementsSection } from "../components/StatementsSection";
import { VersionsSection } from "../components/VersionsSection";
import { ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { contractState, contractStateLabel, isEnded } from "../contractState";
import { formatDate, formatMoney, todayInShanghai } from "../format";
import { t, useLang } from "../i18n";
import { homeFor } from "../session";

interface DefinitionParty { id: string; name: string; address?: string; contacts?: { role: string; name: string; phone?: string; email?: string }[] }
interface Definition {
  institution: DefinitionParty; vendor: DefinitionParty; signedOn?: string; term?: { start: string; end: string }; total: number; vat?: number;
  penalties?: ClauseOfDefinition[];
  obligations?: { id: string; scorecard?: { total?: number; passAt: number; sections: EvaluationTemplate["sections"] } }[];
}

/** The scorecard an obligation of the definition carries (sections with their maximum, the pass mark), if any. */
function evaluationTemplateOf(definition: Definition): EvaluationTemplate | null {
  const scored = (definition.obligations ?? []).find((o) => o.scorecard?.sections?.length);
  return scored ? { obligationId: scored.id, ...scored.scorecard! } : null;
}

/** Clause-wide caps in yuan; a per-trigger cap or one on another base has no single line to draw. */
function capsOf(definition: Definition): ClauseCap[] {
  return (definition.penalties ?? []).map((p) => {
    const cap = p.cap;
    const clauseWide = cap && (cap.scope ?? "clause") === "clause" && (cap.base ?? "contract-total") === "contract-total";
    const amount = !clauseWide ? null : cap!.amount ?? (cap!.rate !== undefined ? Math.round(cap!.rate * definition.total * 100) / 100 : null);
    return { clauseId: p.id, title: [p.article, p.title].filter(Boolean).join(" ") || p.id, cap: amount };
  });
}

export function ContractPage({ id, session }: { id: string; session: Session }) {
  const lang = useLang();
  const [asOf, setAsOf] = useState("");
  const [notice, setNotice] = useState("");
  const [version, setVersion] = useState(0);
  const path = `/api/contracts/${encodeURIComponent(id)}`;
  const { data, error, loading, reload } = useLoad(async () => {
    const [contract, definition, evaluation] = await Promise.all([
      api.get<Contract>(path), api.get<Definition>(`${path}/definition`), api.get<Evaluation>(`${path}/evaluation${asOfQuery(asOf || null)}`)]);
    // The contract's own audit rows and those under it (its ledger decisions, facts, incidents): filtered by the server.
    const audit = session.role === "institution-admin" || session.role === "platform-admin"
      ? await api.getAll<AuditEntry>(`/api/audit?limit=200&resource=${encodeURIComponent(id)}`) : null;
    return { contract, definition, evaluation, audit };
  }, `${id}|${asOf}|${version}`);
  // The facts as the server knows them now (their standing, reporters, answers): what each amount came from.
  const facts = useLoad(() => listFacts(id), `${id}|${version}`);

  if (loading && !data) return <Loading />;
  if (error instanceof ApiError && error.status === 404)
    return <section className="card"><h1>{t("未找到该合同")}</h1><p data-testid="not-found">{t("未找到该合同")}</p><Link href={homeFor(session)}>{t("返回首页")}</Link></section>;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;
  const { contract, definition, evaluation, audit } = data;
  const caps = capsOf(definition);
  const changed = (message: string) => { setNotice(message); setVersion((v) => v + 1); };
  const state = contractState(contract, todayInShanghai());
  const clauseTitle = (clauseId: string) => {
    const clause = definition.penalties?.find((p) => p.id === clauseId);
    return clause ? [clause.article, clause.title].filter(Boolean).join(" ") || clauseId : clauseId;
  };

  return (
    <div className="page">
      <h1>{contract.title}</h1>
      <p className="muted">{contract.number} <StatusBadge kind={`state-${state}`} label={contractStateLabel(state)} /></p>
      {notice && <p className="notice" role="status">{notice}</p>}
      <div className="field inline">
        <label htmlFor="as-of">{t("查看日期")}</label>
        <input id="as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <button type="button" onClick={() => setAsOf("")}>{t("今天")}</button>
      </div>
      {contract.definitionConfirmation && (
        <DefinitionConfirmationSection contractId={id} confirmation={contract.definitionConfirmation} session={session} onChanged={changed} />
      )}
      <section className="card" aria-labelledby="parties-title">
        <h2 id="parties-title">{t("当事方")}</h2>
        <dl className="facts">
          <dt>{t("甲方")}</dt><dd>{definition.institution.name}{definition.institution.address && <><br /><span className="muted">{definition.institution.address}</span></>}</dd>
          <dt>{t("乙方")}</dt><dd>{definition.vendor.name}{definition.vendor.address && <><br /><span className="muted">{definition.vendor.address}</span></>}</dd>
          <dt>{t("合同金额")}</dt><dd data-testid="total">{formatMoney(contract.total)}{definition.vat !== undefined && <span className="muted">（{t("增值税")} {formatMoney(definition.vat)}）</span>}</dd>
          {contract.totalInWords && <><dt>{t("大写")}</dt><dd data-testid="total-in-words">{contract.totalInWords}</dd></>}
          <dt>{t("期限")}</dt><dd>{formatDate(contract.start, lang)} – {formatDate(contract.end, lang)}</dd>
          {definition.signedOn && <><dt>{t("签订")}</dt><dd>{formatDate(definition.signedOn, lang)}</dd></>}
        </dl>
      </section>
      <section className="card" aria-labelledby="obligations-title">
        <h2 id="obligations-title">{t("履约义务")}</h2>
        <ObligationsList contractId={id} contractTitle={contract.title} obligations={evaluation.obligations}
          canSubmit={session.role === "vendor" && !asOf && !isEnded(state)} onChanged={changed} onFailed={setNotice} />
      </section>
      <section className="card" aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t("违约金台账")}</h2>
        <p className="muted">{t("待确认")} {formatMoney(evaluation.totals.proposed)} · {t("已确认")} {formatMoney(evaluation.totals.confirmed)} · {t("有异议")} {formatMoney(evaluation.totals.disputed)}</p>
        <LedgerTable contractId={id} entries={evaluation.ledger} session={session} onChanged={changed} live={!asOf} clauseTitle={clauseTitle}
          explain={(entry) => <EntryExplanation contractId={id} entry={entry} clause={definition.penalties?.find((p) => p.id === entry.clauseId)}
            facts={facts.data ?? null} ledger={evaluation.ledger} rights={evaluation.terminationRights}
            capAmount={caps.find((c) => c.clauseId === entry.clauseId)?.cap ?? null} />} />
        {evaluation.terminationRights.length > 0 && (
          <p className="error">{t("终止权")}: {evaluation.terminationRights.map((r) => r.basis).join("；")}</p>
        )}
        {(evaluation.warnings ?? []).map((w) => (
          <p key={`${w.code}-${w.clauseId ?? "all"}`} className="warning" role="note" data-testid="ledger-warning">{w.message}</p>
        ))}
      </section>
      <CapChart ledger={evaluation.ledger} caps={caps} />
      <ExposureChart ledger={evaluation.ledger} caps={caps} />
      {facts.data && <FactsSection contractId={id} facts={facts.data} obligations={evaluation.obligations} session={session} live={!asOf}
        onChanged={changed} />}
      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title">{t("付款计划")}</h2>
        <PaymentsList contractId={id} payments={evaluation.payments} />
        {evaluation.settlement && (
          <p className="warning" data-testid="settlement">{t("结算：乙方应退还")} {formatMoney(evaluation.settlement.owedByVendor)}</p>
        )}
      </section>
      <StaffingSection contractId={id} asOf={asOf} refresh={version} />
      <IncidentsSection contractId={id} asOf={asOf} session={session} onChanged={setNotice} refresh={version} />
      <EvaluationsSection contractId={id} session={session} template={evaluationTemplateOf(definition)} onChanged={setNotice} />
      <AcceptanceSection contractId={id} asOf={asOf} session={session} onChanged={changed} />
      <StatementsSection contract={contract} canSign={signsOff(session.role)} side={session.role === "vendor" ? "vendor" : "institution"} />
      <VersionsSection contractId={id} session={session} onChanged={changed} />
      {audit && <ContractAudit entries={audit} />}
    </div>
  );
}
