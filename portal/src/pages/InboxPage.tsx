import { useState } from "react";
import { api, ApiError, type Contract, type NotificationView, type Session } from "../api";
import { ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { DataList, type Column } from "../lists/DataList";

/** A reminder point ("7d-before", "3wd-before", "due", "late-2") in words. */
export function reminderPoint(point: string, lang?: "zh" | "en"): string {
  let m = /^(\d+)d-before$/.exec(point);
  if (m) return lang === "en" ? `${m[1]} days before` : `提前 ${m[1]} 天`;
  m = /^(\d+)wd-before$/.exec(point);
  if (m) return lang === "en" ? `${m[1]} working days before` : `提前 ${m[1]} 个工作日`;
  m = /^late-(\d+)$/.exec(point);
  if (m) return lang === "en" ? `${m[1]} days late` : `逾期 ${m[1]} 天`;
  return point === "due" ? t("到期当天", lang) : point;
}

/** The caller's party's reminders, newest first; read state is this user's own. */
export function InboxPage({ session }: { session: Session }) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [read, setRead] = useState<Set<number>>(new Set());
  const [failure, setFailure] = useState("");
  const { data, error, loading, reload } = useLoad(async () => ({
    notifications: await api.getAll<NotificationView>("/api/notifications?limit=200"),
    contracts: await api.getAll<Contract>("/api/contracts?limit=200"),
  }), `inbox${version}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;

  const contractOf = (n: NotificationView) => data.contracts.find((c) => n.contractKey === c.id || n.contractKey?.endsWith(`/${c.id}`) || n.contractKey?.endsWith(`:${c.id}`));
  const isRead = (n: NotificationView) => n.readAt != null || read.has(n.id!);
  async function markRead(n: NotificationView) {
    setFailure("");
    try { await api.post(`/api/notifications/${n.id}/read`); setRead((r) => new Set(r).add(n.id!)); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }
  const unread = data.notifications.filter((n) => !isRead(n)).length;
  const columns: Column<NotificationView>[] = [
    { key: "created", label: "时间", render: (n) => formatDateTime(n.createdAt, lang), sort: (n) => n.createdAt ?? null, exported: (n) => formatDateTime(n.createdAt, "zh") },
    { key: "title", label: "标题", render: (n) => <><strong>{n.title}</strong><br /><span className="muted">{n.body}</span></>, sort: (n) => n.title ?? "", exported: (n) => n.title ?? "" },
    { key: "contract", label: "合同", render: (n) => { const c = contractOf(n); return c ? <Link href={`/contracts/${encodeURIComponent(c.id)}`}>{c.title}</Link> : "—"; },
      exported: (n) => contractOf(n)?.title ?? "" },
    { key: "point", label: "提醒", render: (n) => reminderPoint(n.point ?? "", lang), exported: (n) => reminderPoint(n.point ?? "", "zh") },
    { key: "due", label: "截止时间", render: (n) => formatDateTime(n.dueAt, lang), sort: (n) => n.dueAt ?? null, exported: (n) => formatDateTime(n.dueAt, "zh") },
    { key: "read", label: "状态", render: (n) => isRead(n) ? <StatusBadge kind="met" label={t("已读")} /> : <StatusBadge kind="proposed" label={t("未读")} />,
      sort: (n) => (isRead(n) ? 1 : 0), exported: (n) => (isRead(n) ? "已读" : "未读") },
    { key: "actions", label: "操作", className: "actions", render: (n) => !isRead(n) && <button type="button" onClick={() => markRead(n)}>{t("标为已读")}</button> },
  ];
  return (
    <div className="page">
      <h1>{t("收件箱")}</h1>
      <p className="muted" data-testid="unread">{t("未读")} {unread} · {session.institution?.name ?? session.vendor?.name}</p>
      {failure && <p className="error" role="alert">{failure}</p>}
      <section className="card" aria-labelledby="inbox-title">
        <div className="card-head">
          <h2 id="inbox-title">{t("提醒")}</h2>
          <button type="button" onClick={() => setVersion((v) => v + 1)}>{t("刷新")}</button>
        </div>
        <DataList id="inbox" label="提醒" rows={data.notifications} rowKey={(n) => String(n.id)} rowAttributes={(n) => ({ "data-notification": String(n.id) })}
          columns={columns} exportName="收件箱" empty={t("收件箱是空的")} defaultSort={{ key: "created", dir: "desc" }}
          searchText={(n) => `${n.title} ${n.body} ${contractOf(n)?.title ?? ""}`} due={(n) => n.dueAt ?? null}
          filters={[
            { key: "read", label: "状态", value: (n) => (isRead(n) ? "read" : "unread"), options: [{ value: "unread", label: t("未读") }, { value: "read", label: t("已读") }] },
            { key: "contract", label: "合同", value: (n) => contractOf(n)?.id ?? "", options: data.contracts.map((c) => ({ value: c.id, label: c.title })) },
          ]} />
      </section>
      <p><Link href="/settings">{t("通知设置")}</Link></p>
    </div>
  );
}
