import { useEffect, useRef } from "react";
import { t } from "../i18n";
import type { SourceSpan, Unrecognized } from "../definitionEditing";

/**
 * The contract's text beside the draft: the sentences the draft could not read marked with the reason, and the
 * sentence of the rule the person chose highlighted and scrolled into view. Offsets are UTF-16 code units, which is
 * what JavaScript string indices are, so the server's spans slice the text directly.
 */
export function SourceText({ text, selected, unrecognized }: { text: string; selected: SourceSpan | null; unrecognized: Unrecognized[] }) {
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    box.current?.querySelector(".source-selected")?.scrollIntoView({ block: "center", behavior: "auto" });
  }, [selected?.start, selected?.end]);

  const cuts = new Set<number>([0, text.length]);
  const spans = [...unrecognized, ...(selected ? [selected] : [])];
  for (const s of spans) { cuts.add(clamp(s.start, text.length)); cuts.add(clamp(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    const piece = text.slice(from, to);
    const unread = unrecognized.find((u) => u.start <= from && to <= u.end);
    const chosen = selected && selected.start <= from && to <= selected.end;
    if (!unread && !chosen) { pieces.push(piece); continue; }
    pieces.push(
      <mark key={from} className={chosen ? "source-selected" : "source-unrecognized"}
        data-testid={chosen ? "source-selected" : "source-unrecognized"}
        title={unread ? `${t("未能识别")}：${unread.reason}` : undefined}>{piece}</mark>,
    );
  }
  return (
    <div ref={box} className="source-text" tabIndex={0} role="region" aria-label={t("合同原文")} data-testid="source-text">
      <pre>{pieces}</pre>
    </div>
  );
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));
