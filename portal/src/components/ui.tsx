import { useEffect, useState, type ReactNode } from "react";
import { ApiError } from "../api";
import { currentLang, t, useLang } from "../i18n";
import { onLinkClick } from "../router";

export function Link({ href, children, className, current }: { href: string; children: ReactNode; className?: string; current?: boolean }) {
  return <a href={href} onClick={onLinkClick} className={className} aria-current={current ? "page" : undefined}>{children}</a>;
}

export function Loading() {
  useLang();
  return <p className="loading" role="status" aria-live="polite">{t("加载中…")}</p>;
}

export function Empty({ text }: { text?: string }) {
  useLang();
  return <p className="empty">{text ?? t("暂无数据")}</p>;
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  useLang();
  const message = error instanceof ApiError ? error.message : t("服务暂时不可用，请稍后再试");
  return (
    <div className="error" role="alert">
      <span>{message}</span>
      {onRetry && <button type="button" onClick={onRetry}>{t("重试")}</button>}
    </div>
  );
}

/** Loads once per key; the page shows Loading, the error with a retry, or the data. */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then((data) => live && setState({ data, loading: false }), (error) => live && setState({ error, loading: false }));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return { ...state, reload: () => setAttempt((a) => a + 1) };
}

/** A labelled input with its error (client-side or the server's, by JSON path) right below it. */
export function Field(props: {
  id: string; label: string; value: string; onChange: (v: string) => void; error?: string;
  type?: string; autoComplete?: string; required?: boolean; inputMode?: "decimal" | "email" | "text"; hint?: string;
}) {
  const errorId = `${props.id}-error`, hintId = `${props.id}-hint`;
  const describedBy = [props.hint ? hintId : "", props.error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}{props.required && <span aria-hidden="true"> *</span>}</label>
      <input id={props.id} name={props.id} type={props.type ?? "text"} value={props.value} autoComplete={props.autoComplete}
        inputMode={props.inputMode} required={props.required}
        aria-invalid={props.error ? true : undefined} aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.target.value)} />
      {props.hint && <p className="hint muted" id={hintId}>{props.hint}</p>}
      {props.error && <p className="field-error" id={errorId}>{props.error}</p>}
    </div>
  );
}

/** The end of every dialog form: the failure that is not about one field, then submit and cancel. */
export function FormFooter({ failure, busy, onClose, submitLabel }: { failure: string; busy: boolean; onClose: () => void; submitLabel?: string }) {
  return (
    <>
      {failure && <p className="error" role="alert">{failure}</p>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>{submitLabel ?? t("提交")}</button>
        <button type="button" onClick={onClose}>{t("取消")}</button>
      </div>
    </>
  );
}

/**
 * Field errors from a 422, by JSON path ("name", "contacts[0].name", "$"). The server words them in English for
 * developers: a Chinese page shows the form's own sentence for that field (`own`), or a plain one; an English page
 * shows the server's.
 */
export function serverFieldErrors(error: unknown, own: Record<string, string> = {}): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const english = currentLang() === "en";
  return Object.fromEntries(Object.entries(error.fieldErrors).map(([path, messages]) =>
    [path, english ? messages.join("; ") : own[path] ?? t("此项填写有误")]));
}

export function StatusBadge({ kind, label }: { kind: string; label: string }) {
  return <span className={`badge badge-${kind}`}>{label}</span>;
}
