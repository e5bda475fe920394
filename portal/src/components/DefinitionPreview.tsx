import { formatDateTime, formatMoney } from "../format";
import { t, useLang } from "../i18n";
import type { DefinitionPreview } from "../definitionEditing";

/**
 * What a definition means in practice, as the server computes it (the working-day calendar, the ledger's formulas):
 * the first deadlines, and for each penalty a worked example. The editor shows it live; the vendor sees the same before
 * accepting.
 */
export function DefinitionPreviewView({ preview, onPenalty }: { preview: DefinitionPreview; onPenalty?: (penaltyId: string) => void }) {
  const lang = useLang();
  return (
    <div className="definition-preview" data-testid="definition-preview">
      <h3>{t("最早的履约期限")}</h3>
      {preview.deadlines.length === 0 ? <p className="muted">{t("没有按日期计算的期限（期限取决于尚未发生的事件）")}</p> : (
        <ol className="deadline-list" data-testid="preview-deadlines">
          {preview.deadlines.map((d) => (
            <li key={d.obligationId} data-obligation={d.obligationId}>
              <time dateTime={d.dueAt}>{formatDateTime(d.dueAt, lang)}</time> {d.title}
              {d.party === "client" && <span className="muted">（{t("甲方")}）</span>}
              {d.provisional && <span className="muted">（{t("节假日安排未公布，日期可能变动")}）</span>}
            </li>
          ))}
        </ol>
      )}
      <h3>{t("违约金示例")}</h3>
      {preview.penalties.length === 0 ? <p className="muted">{t("没有违约条款")}</p> : (
        <ul className="penalty-examples" data-testid="preview-penalties">
          {preview.penalties.map((p) => (
            <li key={p.penaltyId} data-penalty={p.penaltyId}>
              <strong>{p.article}</strong>{" "}
              <span data-testid="penalty-example">{p.amount === null ? `${p.case}` : `${p.case} → ${formatMoney(p.amount)}`}</span>
              {p.capped && <span className="muted">（{t("已按上限计")}）</span>}
              <br /><span className="muted formula">{p.formula}</span>
              {onPenalty && <> <button type="button" className="link-button" onClick={() => onPenalty(p.penaltyId)}>{t("原文")}</button></>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
