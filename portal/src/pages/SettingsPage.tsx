import { useState, type FormEvent } from "react";
import { z } from "zod";
import { api, ApiError, type ReminderPolicy, type Session, type WebhookView } from "../api";
import { Empty, ErrorBox, Field, Loading, serverFieldErrors, useLoad } from "../components/ui";
import { t, useLang } from "../i18n";
import { check, reminderDays, webhookUrl } from "../schemas";

/** Notification settings: the institution's reminder policy, the party's webhooks and an iCalendar subscription of its deadlines. */
export function SettingsPage({ session }: { session: Session }) {
  useLang();
  const institution = session.role === "institution-admin" || session.role === "institution-staff";
  return (
    <div className="page">
      <h1>{t("通知设置")}</h1>
      {institution && <PolicySection editable={session.role === "institution-admin"} />}
      {(session.role === "institution-admin" || session.role === "vendor") && <WebhooksSection />}
      <FeedSection />
    </div>
  );
}

function PolicySection({ editable }: { editable: boolean }) {
  const { data, error, loading, reload } = useLoad(() => api.get<ReminderPolicy>("/api/notifications/policy"), "policy");
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title">{t("提醒策略")}</h2>
      {loading && !data ? <Loading /> : error ? <ErrorBox error={error} onRetry={reload} /> : <PolicyForm policy={data!} editable={editable} onSaved={reload} />}
    </section>
  );
}

function PolicyForm({ policy, editable, onSaved }: { policy: ReminderPolicy; editable: boolean; onSaved: () => void }) {
  const [days, setDays] = useState(policy.before.filter((b) => b.unit === "calendar-days").map((b) => b.amount).join(", "));
  const [working, setWorking] = useState(policy.before.filter((b) => b.unit === "working-days").map((b) => b.amount).join(", "));
  const [atDue, setAtDue] = useState(policy.atDue ?? true);
  const [daily, setDaily] = useState(policy.dailyWhileLate ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const numbers = (text: string) => text.split(/[,，、\s]+/).filter(Boolean).map(Number);

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage("");
    const a = check(reminderDays(), numbers(days)), b = check(reminderDays(), numbers(working));
    const found: Record<string, string> = {};
    if (!a.ok) found.days = Object.values(a.errors)[0];
    if (!b.ok) found.working = Object.values(b.errors)[0];
    if (a.ok && b.ok && a.value.length + b.value.length > 10) found.days = t("最多 10 个提醒点");
    setErrors(found);
    if (Object.keys(found).length || !a.ok || !b.ok) return;
    try {
      await api.put("/api/notifications/policy", {
        before: [...a.value.map((amount) => ({ amount, unit: "calendar-days" })), ...b.value.map((amount) => ({ amount, unit: "working-days" }))],
        atDue, dailyWhileLate: daily,
      });
      setMessage(t("提醒策略已保存"));
      onSaved();
    } catch (e) {
      setErrors(serverFieldErrors(e, { before: t("天数须在 1 到 366 之间") }));
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <form onSubmit={save} noValidate aria-label={t("提醒策略")}>
      <Field id="policy-days" label={t("提前提醒（自然日，用逗号分隔）")} value={days} onChange={setDays} error={errors.days} />
      <Field id="policy-working" label={t("提前提醒（工作日，用逗号分隔）")} value={working} onChange={setWorking} error={errors.working} />
      <div className="field inline"><input id="policy-at-due" type="checkbox" checked={atDue} onChange={(e) => setAtDue(e.target.checked)} disabled={!editable} />
        <label htmlFor="policy-at-due">{t("到期当天提醒")}</label></div>
      <div className="field inline"><input id="policy-daily" type="checkbox" checked={daily} onChange={(e) => setDaily(e.target.checked)} disabled={!editable} />
        <label htmlFor="policy-daily">{t("逾期后每天提醒")}</label></div>
      {message && <p className="notice" role="status" data-testid="policy-message">{message}</p>}
      {editable ? <button type="submit" className="primary">{t("保存")}</button> : <p className="muted">{t("只有机构管理员可以修改提醒策略")}</p>}
    </form>
  );
}

const formatLabel = (f: string | undefined) => t(({ generic: "通用（HMAC 签名 JSON）", wecom: "企业微信机器人", dingtalk: "钉钉机器人" } as Record<string, string>)[f ?? ""] ?? f ?? "");

function WebhooksSection() {
  const [version, setVersion] = useState(0);
  const { data, error, loading, reload } = useLoad(() => api.getAll<WebhookView>("/api/notifications/webhooks?limit=200"), `hooks${version}`);
  const [url, setUrl] = useState("");
  const [format, setFormat] = useState("generic");
  const [secret, setSecret] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");

  async function add(event: FormEvent) {
    event.preventDefault();
    const checked = check(z.object({ url: webhookUrl(), secret: z.string().max(200, t("密钥最多 200 个字符")) }), { url, secret });
    setErrors(checked.ok ? {} : checked.errors);
    setFailure("");
    if (!checked.ok) return;
    try {
      await api.post("/api/notifications/webhooks", { url: url.trim(), format, secret: secret || null });
      setUrl(""); setSecret("");
      setVersion((v) => v + 1);
    } catch (e) {
      setErrors(serverFieldErrors(e, { url: t("该地址不可用作 Webhook（须为可公开访问的 http(s) 地址）"), secret: t("密钥最多 200 个字符") }));
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }
  async function remove(hook: WebhookView) {
    try { await api.delete(`/api/notifications/webhooks/${hook.id}`); setVersion((v) => v + 1); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }

  return (
    <section className="card" aria-labelledby="hooks-title">
      <h2 id="hooks-title">Webhook</h2>
      {loading && !data ? <Loading /> : error ? <ErrorBox error={error} onRetry={reload} /> : data!.length === 0 ? <Empty text={t("暂无 Webhook")} /> : (
        <ul className="plain-list" data-testid="webhooks">
          {data!.map((h) => (
            <li key={h.id} data-webhook={h.url}><code>{h.url}</code> · {formatLabel(h.format)}{h.signed && ` · ${t("已签名")}`}{" "}
              <button type="button" onClick={() => remove(h)}>{t("停用")}</button></li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate aria-label={t("添加 Webhook")}>
        <h3>{t("添加 Webhook")}</h3>
        <Field id="hook-url" label={t("地址")} value={url} onChange={setUrl} error={errors.url} required />
        <div className="field">
          <label htmlFor="hook-format">{t("格式")}</label>
          <select id="hook-format" value={format} onChange={(e) => setFormat(e.target.value)}>
            {["generic", "wecom", "dingtalk"].map((f) => <option key={f} value={f}>{formatLabel(f)}</option>)}
          </select>
        </div>
        <Field id="hook-secret" label={t("签名密钥（可选）")} type="password" value={secret} onChange={setSecret} error={errors.secret} autoComplete="off" />
        {failure && <p className="error" role="alert">{failure}</p>}
        <button type="submit" className="primary">{t("添加")}</button>
      </form>
    </section>
  );
}

/** A secret iCalendar URL of the party's deadlines: shown once when made (the server keeps no readable copy), revocable. */
function FeedSection() {
  const [feed, setFeed] = useState<{ token: string; url: string } | null>(null);
  const [message, setMessage] = useState("");
  const [failure, setFailure] = useState("");
  async function create() {
    setFailure(""); setMessage("");
    try { setFeed(await api.post<{ token: string; url: string }>("/api/notifications/feeds")); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }
  async function revoke() {
    if (!feed) return;
    try { await api.delete(`/api/notifications/feeds/${encodeURIComponent(feed.token)}`); setFeed(null); setMessage(t("订阅链接已作废")); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }
  return (
    <section className="card" aria-labelledby="feed-title">
      <h2 id="feed-title">{t("日历订阅（iCal）")}</h2>
      <p className="muted">{t("把截止日期订阅到 Outlook、苹果日历或手机日历。链接即凭证：请勿外传；不再使用时请作废。")}</p>
      {feed ? (
        <div className="notice" role="status">
          <p>{t("订阅链接（只显示这一次）")}: <code data-testid="feed-url">{new URL(feed.url, location.origin).href}</code></p>
          <button type="button" onClick={revoke}>{t("作废此链接")}</button>
        </div>
      ) : <button type="button" className="primary" onClick={create}>{t("生成订阅链接")}</button>}
      {message && <p className="notice" role="status">{message}</p>}
      {failure && <p className="error" role="alert">{failure}</p>}
    </section>
  );
}
