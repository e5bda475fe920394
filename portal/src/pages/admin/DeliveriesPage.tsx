import { useState } from "react";
import { api, ApiError, type FailedDelivery } from "../../api";
import { ErrorBox, Loading, useLoad } from "../../components/ui";
import { formatDateTime } from "../../format";
import { t, useLang } from "../../i18n";
import { DataList, type Column } from "../../lists/DataList";

const channelLabel = (c: string | undefined, lang?: "zh" | "en") =>
  t(({ email: "邮件", webhook: "Webhook", wecom: "企业微信", dingtalk: "钉钉" } as Record<string, string>)[c ?? ""] ?? c ?? "", lang);

/** E-mails and webhooks parked after their last retry, newest first; a platform admin queues one again. */
export function DeliveriesPage() {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [replayed, setReplayed] = useState<Set<number>>(new Set());
  const [failure, setFailure] = useState("");
  const { data, error, loading, reload } = useLoad(() => api.getAll<FailedDelivery>("/api/admin/deliveries/failed?limit=200"), `failed${version}`);
  async function replay(d: FailedDelivery) {
    setFailure("");
    try { await api.post(`/api/admin/deliveries/${d.id}/replay`); setReplayed((r) => new Set(r).add(d.id!)); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }
  const columns: Column<FailedDelivery>[] = [
    { key: "created", label: "时间", render: (d) => formatDateTime(d.createdAt, lang), sort: (d) => d.createdAt ?? null, exported: (d) => formatDateTime(d.createdAt, "zh") },
    { key: "channel", label: "渠道", render: (d) => channelLabel(d.channel), sort: (d) => d.channel ?? "", exported: (d) => channelLabel(d.channel, "zh") },
    { key: "address", label: "地址", render: (d) => <code>{d.address ?? "—"}</code>, exported: (d) => d.address ?? "" },
    { key: "attempts", label: "尝试次数", className: "num", render: (d) => d.attempts, sort: (d) => d.attempts ?? 0, exported: (d) => d.attempts ?? 0 },
    { key: "error", label: "最后错误", render: (d) => d.lastError ?? "—", exported: (d) => d.lastError ?? "" },
    { key: "actions", label: "操作", className: "actions", render: (d) => replayed.has(d.id!) ? t("已重新排队")
      : <button type="button" onClick={() => replay(d)}>{t("重发")}</button> },
  ];
  return (
    <div className="page">
      <h1>{t("投递失败")}</h1>
      <p className="muted">{t("重试用尽后暂停的邮件与 Webhook。重发会把它重新排入队列。")}</p>
      {failure && <p className="error" role="alert">{failure}</p>}
      <section className="card" aria-labelledby="failed-title">
        <div className="card-head">
          <h2 id="failed-title">{t("待处理的投递")}</h2>
          <button type="button" onClick={() => { setReplayed(new Set()); setVersion((v) => v + 1); }}>{t("刷新")}</button>
        </div>
        {loading && !data ? <Loading /> : error ? <ErrorBox error={error} onRetry={reload} /> : (
          <DataList id="failed" label="待处理的投递" rows={data!} rowKey={(d) => String(d.id)} rowAttributes={(d) => ({ "data-delivery": String(d.id) })}
            columns={columns} exportName="投递失败" empty={t("没有投递失败")} defaultSort={{ key: "created", dir: "desc" }}
            searchText={(d) => `${d.address ?? ""} ${d.lastError ?? ""} ${d.operationKey ?? ""}`} due={(d) => d.createdAt ?? null}
            filters={[{ key: "channel", label: "渠道", value: (d) => d.channel ?? "", optionLabel: (c) => channelLabel(c) }]} />
        )}
      </section>
    </div>
  );
}
