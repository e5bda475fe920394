import { useState, type FormEvent } from "react";
import { api, ApiError, type Contract } from "../api";
import { Empty, ErrorBox, Field, Loading, serverFieldErrors, useLoad } from "../components/ui";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";

const partyId = /^(?:[0-9A-Z]{18}|[a-z0-9]+(?:-[a-z0-9]+)+)$/;
const email = /^[^\s@]+@[^\s@]+$/;

/** Onboard institutions and vendors with their first administrator; the cluster; the jobs dashboard. */
export function AdminPage() {
  useLang();
  const contracts = useLoad(() => api.get<Contract[]>("/api/contracts?limit=200"), "admin-contracts");
  return (
    <div className="page">
      <h1>{t("平台管理")}</h1>
      <div className="two-columns">
        <OnboardForm kind="institution" />
        <OnboardForm kind="vendor" />
      </div>
      <section className="card" aria-labelledby="parties-title">
        <h2 id="parties-title">{t("已入驻")}</h2>
        {contracts.loading && !contracts.data ? <Loading /> : contracts.error ? <ErrorBox error={contracts.error} onRetry={contracts.reload} /> : (
          <ul>
            {[...new Map(contracts.data!.flatMap((c) => [[c.institution.id, `${t("甲方")}：${c.institution.name}`], [c.vendor.id, `${t("乙方")}：${c.vendor.name}`]])).entries()]
              .map(([id, label]) => <li key={id}>{label} <span className="muted">{id}</span></li>)}
          </ul>
        )}
      </section>
      <ClusterPanel />
      <section className="card">
        <h2>{t("任务面板")}</h2>
        <a href="/admin/jobs">{t("任务面板")} (/admin/jobs)</a>
      </section>
    </div>
  );
}

function OnboardForm({ kind }: { kind: "institution" | "vendor" }) {
  useLang();
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [adminEmail, setAdminEmail] = useState("");
  const [adminName, setAdminName] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [result, setResult] = useState<{ acceptUrl?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = kind;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!partyId.test(id.trim())) found.id = t("标识须为18位统一社会信用代码或含连字符的小写标识");
    if (!name.trim()) found.name = t("名称必填");
    if (adminEmail && !email.test(adminEmail.trim())) found.email = t("邮箱格式不正确");
    if (adminEmail && !adminName.trim()) found.displayName = t("姓名必填");
    setErrors(found);
    setFailure("");
    setResult(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.post(kind === "institution" ? "/api/institutions" : "/api/vendors", { id: id.trim(), name: name.trim(), contacts: [] });
      let acceptUrl: string | undefined;
      if (adminEmail) {
        const path = kind === "institution" ? `/api/institutions/${encodeURIComponent(id.trim())}/admins` : `/api/vendors/${encodeURIComponent(id.trim())}/users`;
        acceptUrl = (await api.post<{ acceptUrl: string }>(path, { email: adminEmail.trim(), displayName: adminName.trim() })).acceptUrl;
      }
      setResult({ acceptUrl });
    } catch (e) {
      setErrors(serverFieldErrors(e));
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const title = kind === "institution" ? t("入驻机构") : t("入驻供应商");
  return (
    <form className="card" onSubmit={submit} noValidate aria-label={title} data-testid={`onboard-${kind}`}>
      <h2>{title}</h2>
      <Field id={`${prefix}-id`} label={t("统一社会信用代码或标识")} value={id} onChange={setId} error={errors.id} required />
      <Field id={`${prefix}-name`} label={t("名称")} value={name} onChange={setName} error={errors.name} required />
      <fieldset>
        <legend>{t("首位管理员")}</legend>
        <Field id={`${prefix}-email`} label={t("邮箱")} type="email" value={adminEmail} onChange={setAdminEmail} error={errors.email} inputMode="email" />
        <Field id={`${prefix}-admin-name`} label={t("姓名")} value={adminName} onChange={setAdminName} error={errors.displayName} />
      </fieldset>
      {failure && <p className="error" role="alert">{failure}</p>}
      {result && (
        <p className="notice" role="status" data-testid={`onboarded-${kind}`}>
          {t("已入驻")}: {name}
          {result.acceptUrl && <><br />{t("邀请链接")}: <code>{new URL(result.acceptUrl, location.origin).href}</code></>}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>{t("提交")}</button>
    </form>
  );
}

interface ClusterInfo { silos?: { address?: string; name?: string; status?: string; activations?: Record<string, number> | number }[] }

/** GET /api/admin/cluster when the gateway has it; a gateway without it answers 404 and the panel says so. */
function ClusterPanel() {
  const lang = useLang();
  const { data, error, loading } = useLoad(() => api.get<ClusterInfo>("/api/admin/cluster"), "cluster");
  return (
    <section className="card" aria-labelledby="cluster-title">
      <h2 id="cluster-title">{t("集群")}</h2>
      {loading ? <Loading /> : error instanceof ApiError && error.status === 404 ? <Empty /> : error ? <ErrorBox error={error} /> : (
        <pre className="cluster" data-lang={lang}>{JSON.stringify(data, null, 2)}</pre>
      )}
      <span className="muted">{formatDateTime(new Date().toISOString(), lang)}</span>
    </section>
  );
}
