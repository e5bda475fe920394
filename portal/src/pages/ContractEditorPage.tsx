import { useEffect, useRef, useState, type ReactNode } from "react";
import { api, ApiError, type Session } from "../api";
import { DefinitionPreviewView } from "../components/DefinitionPreview";
import { SourceText } from "../components/SourceText";
import { FormNodes, type FormContext } from "../components/DefinitionForm";
import {
  basicsNodes, bindingsOf, lineItemsNode, obligationsNode, otherNodes, partyFields, paymentsNode, penaltiesNode, staffingNode,
  type FormNode,
} from "../definitionForms";
import { ErrorBox } from "../components/ui";
import { ContractTextError, MAX_TEXT_LENGTH, textOfFile } from "../contractText";
import {
  forServer, formatPercent, localErrors, setAt,
  type Definition, type DefinitionPreview, type Draft, type DraftedRule, type SourceSpan,
} from "../definitionEditing";
import { formatMoney } from "../format";
import { t, useLang } from "../i18n";
import { navigate } from "../router";

/**
 * /contracts/new (issue 18 §1–§2): the contract's text in — a Word file, a PDF with a text layer, or pasted — drafted by
 * the server, then corrected in forms beside the text. Every change is checked here (zod) and by the server's own rules
 * (the same 422 POST /api/contracts gives), and previewed on the working-day calendar. Save creates the contract; its
 * vendor is then asked to confirm the definition.
 */
export function ContractEditorPage({ session }: { session: Session }) {
  useLang();
  const [text, setText] = useState("");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [definition, setDefinition] = useState<Definition | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [fileMessage, setFileMessage] = useState("");

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setFileMessage(""); setFailure(null);
    try {
      setBusy(true);
      const read = await textOfFile(file);
      setText(read);
      setFileMessage(`${t("已读取文件")}「${file.name}」：${read.length} ${t("字")}`);
    } catch (error) {
      setFileMessage(error instanceof ContractTextError ? error.message : t("无法读取该文件"));
    } finally {
      setBusy(false);
    }
  };

  const startDraft = async () => {
    setFailure(null);
    if (!text.trim()) { setFailure(new ApiError(422, t("请先上传文件或粘贴合同文字"))); return; }
    if (text.length > MAX_TEXT_LENGTH) { setFailure(new ApiError(422, t("合同文字过长（最多 200,000 字）"))); return; }
    setBusy(true);
    try {
      const drafted = await api.post<Draft>("/api/contract-drafts", { text });
      // A contract is created by the institution that signs it: its own id goes in where the text printed none.
      const own = session.institution?.id;
      const definition = own && !drafted.definition.institution?.id
        ? setAt(drafted.definition, "institution.id", own) : drafted.definition;
      setDraft(drafted);
      setDefinition(definition);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (draft && definition)
    return <Editor text={text} draft={draft} definition={definition} onChange={setDefinition} onRestart={() => { setDraft(null); setDefinition(null); }} />;

  const textError = failure instanceof ApiError ? (failure.fieldErrors.text ? t("无法从这段文字起草合同：") + failure.fieldErrors.text.join("; ") : failure.message) : "";
  return (
    <div className="page">
      <h1>{t("新建合同")}</h1>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t("导入合同文本")}</h2>
        <p className="muted">{t("上传 Word（.docx）或带文字层的 PDF，或直接粘贴合同文字。文件只在浏览器中读取，提交的只是文字。")}</p>
        <div className="field">
          <label htmlFor="contract-file">{t("合同文件")}</label>
          <input id="contract-file" type="file" accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            aria-describedby="contract-file-message" onChange={(e) => void readFile(e.target.files?.[0])} />
          <p id="contract-file-message" className={fileMessage.includes(t("已读取文件")) ? "muted" : "field-error"} role="status" data-testid="file-message">{fileMessage}</p>
        </div>
        <div className="field">
          <label htmlFor="contract-text">{t("合同文字")}</label>
          <textarea id="contract-text" rows={14} value={text} onChange={(e) => setText(e.target.value)}
            aria-invalid={textError ? true : undefined} aria-describedby={textError ? "contract-text-error" : undefined} />
          {textError && <p className="field-error" id="contract-text-error" role="alert">{textError}</p>}
        </div>
        {failure != null && !(failure instanceof ApiError) && <ErrorBox error={failure} />}
        <div className="toolbar">
          <button type="button" className="primary" disabled={busy} onClick={() => void startDraft()}>{busy ? t("处理中…") : t("起草合同")}</button>
        </div>
      </section>
    </div>
  );
}

function Editor({ text, draft, definition, onChange, onRestart }: {
  text: string; draft: Draft; definition: Definition; onChange: (d: Definition) => void; onRestart: () => void;
}) {
  useLang();
  const [selected, setSelected] = useState<SourceSpan | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [preview, setPreview] = useState<DefinitionPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState("");
  const generation = useRef(0);
  const local = localErrors(definition);

  // The server's check and preview of every change, a moment after typing stops; an older answer never overwrites a newer one.
  useEffect(() => {
    const mine = ++generation.current;
    setChecking(true);
    const timer = setTimeout(() => {
      api.post<DefinitionPreview>("/api/contract-drafts/preview", JSON.parse(forServer(definition)))
        .then((answer) => { if (mine === generation.current) { setPreview(answer); setServerErrors({}); } })
        .catch((error) => {
          if (mine !== generation.current) return;
          setPreview(null);
          setServerErrors(error instanceof ApiError ? (Object.keys(error.fieldErrors).length ? error.fieldErrors : { $: [error.message] }) : { $: [t("无法检查，请稍后再试")] });
        })
        .finally(() => { if (mine === generation.current) setChecking(false); });
    }, 400);
    return () => clearTimeout(timer);
  }, [definition]);

  const errorAt = (path: string): string | undefined => local[path]
    ?? (serverErrors[path] ? `${t("此项填写有误")}：${serverErrors[path].join("; ")}` : undefined);
  const errorUnder = (path: string) => [...Object.keys(local), ...Object.keys(serverErrors)]
    .some((p) => p === path || p.startsWith(path + ".") || p.startsWith(path + "["));

  const sourceButton = (rule: DraftedRule) => rule.source && (
    <button type="button" className="link-button" data-testid="show-source" aria-pressed={selected?.start === rule.source.start && selected?.end === rule.source.end}
      onClick={() => setSelected(rule.source!)}>{t("查看原文")}</button>
  );
  const confidence = (rule: DraftedRule) => rule.confidence && (
    <span className={`badge badge-confidence-${rule.confidence.level}`} title={rule.confidence.reason}>{confidenceLabel(rule.confidence.level)}</span>
  );
  const listError = (path: string) => { const error = errorAt(path); return error && <p className="field-error" data-path={path} role="alert">{error}</p>; };

  const save = async () => {
    setSaveFailure("");
    if (Object.keys(local).length > 0) { setSaveFailure(t("未保存：请先改正标出的字段")); return; }
    setSaving(true);
    try {
      await api.post("/api/contracts", JSON.parse(forServer(definition)));
      navigate(`/contracts/${encodeURIComponent(definition.id!)}?created=1`);
    } catch (error) {
      if (error instanceof ApiError && error.type === "urn:vendorgrid:problem:contract-id-taken")
        setServerErrors({ id: [t("该合同编号已被使用，请换一个")] });
      else if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setServerErrors(error.fieldErrors);
      setSaveFailure(error instanceof ApiError ? `${t("未保存")}：${error.message}` : t("未保存：服务暂时不可用"));
    } finally {
      setSaving(false);
    }
  };

  const payments = definition.payments ?? [];
  const shareSum = payments.every((p) => typeof p.share === "number") && payments.length ? payments.reduce((s, p) => s + (p.share ?? 0), 0) : null;
  const context: FormContext = {
    definition, onChange, errorAt, errorUnder,
    legendExtras: (list, item) => (list === "payments" || list === "obligations" || list === "penalties")
      && <>{confidence(item as unknown as DraftedRule)} {sourceButton(item as unknown as DraftedRule)}</>,
    itemExtras: (list, item) => {
      if (list !== "penalties") return null;
      const example = preview?.penalties.find((e) => e.penaltyId === item.id);
      return example && <p className="example" data-testid="rule-example">{t("示例")}：{example.amount === null ? example.case : `${example.case} → ${formatMoney(example.amount)}`}</p>;
    },
    listExtras: (list) => list === "payments" && shareSum !== null
      && <p className="muted" data-testid="share-sum">{t("比例合计")} {formatPercent(shareSum)}</p>,
  };
  const section = (id: string, title: string, nodes: FormNode[], path = "", extra?: ReactNode) => (
    <section className="card" key={id} aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <FormNodes nodes={nodes} parent={(path ? definition[path] ?? {} : definition) as Record<string, unknown>} path={path} context={context} />
      {extra}
    </section>
  );

  const sections: ReactNode = (
    <>
      {section("basics", t("基本信息"), basicsNodes, "", typeof definition.total === "number" && <p className="muted" data-testid="total-money">{t("合同总额")} {formatMoney(definition.total)}</p>)}
      {(["institution", "vendor"] as const).map((side) => section(side, side === "institution" ? t("甲方（采购人）") : t("乙方（供应商）"),
        partyFields, side, listError(side)))}
      {section("line-items", t("分项报价"), [lineItemsNode], "", (definition.lineItems ?? []).length === 0 && <p className="muted">{t("无分项")}</p>)}
      {section("payments", t("付款计划"), [paymentsNode])}
      {section("obligations", t("履约义务"), [obligationsNode])}
      {section("penalties", t("违约责任"), [penaltiesNode])}
      {section("staffing", t("人员要求"), [staffingNode])}
      {section("others", t("其他约定"), otherNodes)}
    </>
  );

  const bound = new Set(bindingsOf(definition).map((b) => b.path));
  const shown = (path: string) => bound.has(path) || path === "institution" || path === "vendor";
  const others = Object.entries(serverErrors).filter(([path]) => !shown(path) && !local[path]);
  return (
    <div className="page contract-editor">
      <h1>{t("新建合同")} · {definition.title || t("未命名")}</h1>
      {draft.warnings.length > 0 && (
        <section className="card warning" aria-labelledby="warnings-title" data-testid="draft-warnings">
          <h2 id="warnings-title">{t("起草提示")}</h2>
          <ul>{draft.warnings.map((w, i) => <li key={i} data-path={w.path}><code>{w.path}</code> {w.message}</li>)}</ul>
        </section>
      )}
      {draft.unrecognized.length > 0 && (
        <section className="card" aria-labelledby="unrecognized-title" data-testid="draft-unrecognized">
          <h2 id="unrecognized-title">{t("未能识别的条款")}（{draft.unrecognized.length}）</h2>
          <p className="muted">{t("以下句子没有生成规则，请按需在表单中补录：")}</p>
          <ul>{draft.unrecognized.map((u, i) => (
            <li key={i}><button type="button" className="link-button" onClick={() => setSelected(u)}>{u.text.slice(0, 40)}{u.text.length > 40 ? "…" : ""}</button>
              <span className="muted"> — {u.reason}</span></li>
          ))}</ul>
        </section>
      )}
      <div className="editor-columns">
        <aside className="editor-source" aria-label={t("合同原文")}>
          <h2>{t("合同原文")}</h2>
          <SourceText text={text} selected={selected} unrecognized={draft.unrecognized} />
        </aside>
        <div className="editor-form">
          {sections}
          <section className="card" aria-labelledby="preview-title" aria-busy={checking} data-testid="preview">
            <h2 id="preview-title">{t("预览")} {checking && <span className="muted">{t("检查中…")}</span>}</h2>
            {preview ? <DefinitionPreviewView preview={preview} onPenalty={(id) => { const s = (definition.penalties ?? []).find((p) => p.id === id)?.source; if (s) setSelected(s); }} />
              : <p className="muted">{t("改正标出的字段后显示预览")}</p>}
          </section>
          {(others.length > 0) && (
            <div className="error" role="alert" data-testid="definition-errors">
              <p>{t("服务器发现以下问题：")}</p>
              <ul>{others.map(([path, messages]) => <li key={path} data-path={path}><code>{path}</code> {messages.join("; ")}</li>)}</ul>
            </div>
          )}
          {saveFailure && <p className="error" role="alert" data-testid="save-failure">{saveFailure}</p>}
          <div className="toolbar">
            <button type="button" className="primary" disabled={saving} onClick={() => void save()}>{saving ? t("保存中…") : t("保存合同")}</button>
            <button type="button" onClick={onRestart}>{t("重新导入")}</button>
          </div>
          <p className="muted">{t("保存后合同即生效（以签署的纸质合同为准），并邀请乙方确认录入内容。")}</p>
        </div>
      </div>
    </div>
  );
}

const confidenceLabel = (level: string) => level === "high" ? t("把握高") : level === "medium" ? t("把握中") : t("把握低");
