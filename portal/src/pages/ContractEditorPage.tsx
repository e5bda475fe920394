import { useEffect, useRef, useState, type ReactNode } from "react";
import { api, ApiError, type Session } from "../api";
import { DefinitionPreviewView } from "../components/DefinitionPreview";
import { SourceText } from "../components/SourceText";
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
  const lang = useLang();
  const [selected, setSelected] = useState<SourceSpan | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [preview, setPreview] = useState<DefinitionPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState("");
  const [json, setJson] = useState<string | null>(null);
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
  const shown = new Set<string>();
  const field = (path: string, label: string, options: { type?: string; number?: "money" | "percent"; required?: boolean; hint?: string } = {}) => {
    shown.add(path);
    const id = "def-" + path.replace(/[[\].]+/g, "-").replace(/-$/, "");
    const error = errorAt(path);
    return (
      <div className="field" key={path}>
        <label htmlFor={id}>{label}{options.required && <span aria-hidden="true"> *</span>}</label>
        <DefinitionInput id={id} type={options.type} value={valueAt(definition, path)} number={options.number} error={error}
          onChange={(value) => onChange(setAt(definition, path, value))} />
        {options.hint && <p className="hint muted">{options.hint}</p>}
        {error && <p className="field-error" id={`${id}-error`} data-path={path}>{error}</p>}
      </div>
    );
  };

  const sourceButton = (rule: DraftedRule) => rule.source && (
    <button type="button" className="link-button" data-testid="show-source" aria-pressed={selected?.start === rule.source.start && selected?.end === rule.source.end}
      onClick={() => setSelected(rule.source!)}>{t("查看原文")}</button>
  );
  const confidence = (rule: DraftedRule) => rule.confidence && (
    <span className={`badge badge-confidence-${rule.confidence.level}`} title={rule.confidence.reason}>{confidenceLabel(rule.confidence.level)}</span>
  );
  const listError = (path: string) => { shown.add(path); const error = errorAt(path); return error && <p className="field-error" data-path={path} role="alert">{error}</p>; };

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

  const payments = definition.payments ?? [], obligations = definition.obligations ?? [], penalties = definition.penalties ?? [];
  const lineItems = definition.lineItems ?? [];
  const shareSum = payments.every((p) => typeof p.share === "number") && payments.length ? payments.reduce((s, p) => s + (p.share ?? 0), 0) : null;

  const sections: ReactNode = (
    <>
      <section className="card" aria-labelledby="basics-title">
        <h2 id="basics-title">{t("基本信息")}</h2>
        {field("id", t("合同编号（平台标识）"), { required: true, hint: t("小写字母、数字和连字符，如 c3-registration-2024；保存后不能更改") })}
        {field("number", t("合同号"))}
        {field("title", t("合同名称"), { required: true })}
        {field("signedOn", t("签订日期"), { type: "date" })}
        {field("term.start", t("服务期开始"), { type: "date", required: true })}
        {field("term.end", t("服务期结束"), { type: "date", required: true })}
        {field("total", t("合同总额（元）"), { number: "money", required: true, hint: typeof definition.total === "number" ? formatMoney(definition.total) : undefined })}
      </section>
      {(["institution", "vendor"] as const).map((side) => (
        <section className="card" key={side} aria-labelledby={`${side}-title`}>
          <h2 id={`${side}-title`}>{side === "institution" ? t("甲方（采购人）") : t("乙方（供应商）")}</h2>
          {field(`${side}.name`, t("名称"), { required: true })}
          {field(`${side}.id`, t("统一社会信用代码或标识"), { required: true })}
          {field(`${side}.address`, t("地址"))}
          {listError(side)}
        </section>
      ))}
      <section className="card" aria-labelledby="line-items-title">
        <h2 id="line-items-title">{t("分项报价")}</h2>
        {lineItems.length === 0 && <p className="muted">{t("无分项")}</p>}
        {lineItems.map((item, i) => (
          <fieldset key={i} className="rule">
            <legend>{item.name || `${t("分项")} ${i + 1}`}</legend>
            {field(`lineItems[${i}].name`, t("名称"))}
            {field(`lineItems[${i}].amount`, t("金额（元）"), { number: "money" })}
          </fieldset>
        ))}
        {listError("lineItems")}
      </section>
      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title">{t("付款计划")}</h2>
        {payments.map((p, i) => (
          <fieldset key={i} className="rule" data-rule={p.id}>
            <legend>{p.label || p.id} {confidence(p)} {sourceButton(p)}</legend>
            {field(`payments[${i}].label`, t("名称"))}
            {field(`payments[${i}].share`, t("比例（%）"), { number: "percent" })}
            {field(`payments[${i}].amount`, t("金额（元）"), { number: "money" })}
          </fieldset>
        ))}
        {shareSum !== null && <p className="muted" data-testid="share-sum">{t("比例合计")} {formatPercent(shareSum)}</p>}
        {listError("payments")}
      </section>
      <section className="card" aria-labelledby="obligations-title">
        <h2 id="obligations-title">{t("履约义务")}</h2>
        {obligations.map((o, i) => (
          <fieldset key={i} className="rule" data-rule={o.id}>
            <legend>{[o.article, o.title].filter(Boolean).join(" ") || o.id} {confidence(o)} {sourceButton(o)}</legend>
            {field(`obligations[${i}].title`, t("名称"))}
            {field(`obligations[${i}].article`, t("条款"))}
          </fieldset>
        ))}
        {listError("obligations")}
      </section>
      <section className="card" aria-labelledby="penalties-title">
        <h2 id="penalties-title">{t("违约责任")}</h2>
        {penalties.map((p, i) => {
          const example = preview?.penalties.find((e) => e.penaltyId === p.id);
          return (
            <fieldset key={i} className="rule" data-rule={p.id}>
              <legend>{p.article} {confidence(p)} {sourceButton(p)}</legend>
              {field(`penalties[${i}].summary`, t("说明"))}
              {p.amount && "rate" in p.amount && field(`penalties[${i}].amount.rate`, t("比例（%）"), { number: "percent" })}
              {p.amount && "amount" in p.amount && field(`penalties[${i}].amount.amount`, t("固定金额（元）"), { number: "money" })}
              {p.cap && "rate" in p.cap && field(`penalties[${i}].cap.rate`, t("上限比例（%）"), { number: "percent" })}
              {p.cap && "amount" in p.cap && field(`penalties[${i}].cap.amount`, t("上限金额（元）"), { number: "money" })}
              {example && <p className="example" data-testid="rule-example">{t("示例")}：{example.amount === null ? example.case : `${example.case} → ${formatMoney(example.amount)}`}</p>}
            </fieldset>
          );
        })}
        {listError("penalties")}
      </section>
      <section className="card" aria-labelledby="json-title">
        <h2 id="json-title">{t("其他条款（JSON）")}</h2>
        <p className="muted">{t("表单未列出的内容（期限规则、触发条件、人员要求等）可在此直接修改，格式见 docs/contract-format.md。")}</p>
        {json === null ? <button type="button" onClick={() => setJson(JSON.stringify(definition, null, 2))}>{t("编辑 JSON")}</button> : (
          <JsonEditor value={json} onCancel={() => setJson(null)} onApply={(parsed) => { onChange(parsed); setJson(null); }} />
        )}
      </section>
    </>
  );

  const others = Object.entries(serverErrors).filter(([path]) => !shown.has(path) && !local[path]);
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
          <p className="muted">{t("以下句子没有生成规则，请按需在表单或 JSON 中补录：")}</p>
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
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">{t("预览")} {checking && <span className="muted">{t("检查中…")}</span>}</h2>
            {preview ? <DefinitionPreviewView preview={preview} onPenalty={(id) => { const s = penalties.find((p) => p.id === id)?.source; if (s) setSelected(s); }} />
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
          <p className="muted">{t("保存后合同即生效（以签署的纸质合同为准），并邀请乙方确认录入内容。")} {lang === "en" ? "" : ""}</p>
        </div>
      </div>
    </div>
  );
}

function JsonEditor({ value, onApply, onCancel }: { value: string; onApply: (d: Definition) => void; onCancel: () => void }) {
  const [textValue, setTextValue] = useState(value);
  const [error, setError] = useState("");
  return (
    <div className="field">
      <label htmlFor="definition-json">{t("合同定义 JSON")}</label>
      <textarea id="definition-json" rows={18} value={textValue} onChange={(e) => setTextValue(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={error ? "definition-json-error" : undefined} spellCheck={false} />
      {error && <p className="field-error" id="definition-json-error">{error}</p>}
      <div className="toolbar">
        <button type="button" onClick={() => {
          try {
            const parsed = JSON.parse(textValue);
            if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
            onApply(parsed as Definition);
          } catch {
            setError(t("不是有效的 JSON 对象"));
          }
        }}>{t("应用")}</button>
        <button type="button" onClick={onCancel}>{t("取消")}</button>
      </div>
    </div>
  );
}

/**
 * One input bound to a member of the definition. What is typed stays as typed ("0." on the way to "0.3") while the
 * definition holds its value; a change of the value from elsewhere (the JSON editor) shows here.
 */
function DefinitionInput({ id, type, value, number, error, onChange }: {
  id: string; type?: string; value: unknown; number?: "money" | "percent"; error?: string; onChange: (value: unknown) => void;
}) {
  const shown = (v: unknown) => v === null || v === undefined ? "" : number === "percent" && typeof v === "number" ? String(Math.round(v * 1e8) / 1e6) : String(v);
  const [typed, setTyped] = useState(shown(value));
  useEffect(() => {
    if (!sameValue(parseInput(typed, number), value)) setTyped(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <input id={id} type={type ?? "text"} value={typed} inputMode={number ? "decimal" : undefined}
      aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
      onChange={(e) => { setTyped(e.target.value); onChange(parseInput(e.target.value, number)); }} />
  );
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

function valueAt(definition: Definition, path: string): unknown {
  let node: unknown = definition;
  for (const key of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Text as typed → the definition's value: empty is absent, numbers as numbers (a percentage as its fraction). */
function parseInput(value: string, number?: "money" | "percent"): unknown {
  if (value.trim() === "") return null;
  if (!number) return value;
  const parsed = Number(value.replace(/[,，¥\s]/g, ""));
  if (!Number.isFinite(parsed)) return value;
  return number === "percent" ? Math.round(parsed * 1e6) / 1e8 : parsed;
}

const confidenceLabel = (level: string) => level === "high" ? t("把握高") : level === "medium" ? t("把握中") : t("把握低");
