import { api, ApiError, type Contract } from "../api";
import { OnboardForm } from "../components/admin/OnboardForm";
import { Empty, ErrorBox, Loading, useLoad } from "../components/ui";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";

/** Onboard institutions and vendors with their first administrator; the cluster; the jobs dashboard. */
export function AdminPage() {
  useLang();
  const contracts = useLoad(() => api.getAll<Contract>("/api/contracts?limit=200"), "admin-contracts");
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

interface SiloView {
  address: string; name: string; hostName: string; status: string; startedAt: string; activationCount: number;
  activationsByGrainType: Record<string, number>; cpuPercent: number | null; memoryUsedBytes: number | null;
}
interface ClusterView { silos: SiloView[]; deadSilos: number; totalActivations: number }

/** GET /api/admin/cluster: every silo with its status and activations by grain type. */
function ClusterPanel() {
  const lang = useLang();
  const { data, error, loading, reload } = useLoad(() => api.get<ClusterView>("/api/admin/cluster"), "cluster");
  return (
    <section className="card" aria-labelledby="cluster-title">
      <div className="card-head">
        <h2 id="cluster-title">{t("集群")}</h2>
        <button type="button" onClick={reload}>{t("刷新")}</button>
      </div>
      {loading && !data ? <Loading /> : error instanceof ApiError && error.status === 404 ? <Empty /> : error ? <ErrorBox error={error} onRetry={reload} /> : (
        <>
          <p className="muted">{t("活动实例")} {data!.totalActivations} · {t("已停止的节点")} {data!.deadSilos}</p>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="silos">
              <thead><tr><th scope="col">{t("节点")}</th><th scope="col">{t("状态")}</th><th scope="col">{t("启动时间")}</th><th scope="col">{t("活动实例")}</th><th scope="col">{t("按类型")}</th><th scope="col">CPU</th><th scope="col">{t("内存")}</th></tr></thead>
              <tbody>
                {data!.silos.map((silo) => (
                  <tr key={silo.address}>
                    <td>{silo.name}<br /><span className="muted">{silo.address}</span></td>
                    <td>{silo.status}</td>
                    <td>{formatDateTime(silo.startedAt, lang)}</td>
                    <td className="num">{silo.activationCount}</td>
                    <td>{Object.entries(silo.activationsByGrainType).map(([type, count]) => `${type.split(".").at(-1)} ${count}`).join("，")}</td>
                    <td className="num">{silo.cpuPercent === null ? "—" : `${silo.cpuPercent.toFixed(0)}%`}</td>
                    <td className="num">{silo.memoryUsedBytes === null ? "—" : `${Math.round(silo.memoryUsedBytes / 1048576)} MiB`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
