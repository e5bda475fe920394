import { useState } from "react";
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

/** Orleans' silo statuses as an operator reads them. */
const siloStatus: Record<string, string> = { Joining: "加入中", Active: "运行中", ShuttingDown: "排空中", Stopping: "停止中", Dead: "已停止" };

/** The grain classes by what they hold; anything else (Orleans' own, the dashboard's) keeps its class name. */
const grainKind: Record<string, string> = {
  ContractGrain: "合同", ContractStatementsGrain: "对账单", InstitutionGrain: "机构", VendorGrain: "供应商", EngineerGrain: "工程师",
  CalendarGrain: "工作日历", CalendarFeedGrain: "日历订阅", NotificationInboxGrain: "通知收件箱", PlatformDirectoryGrain: "平台目录",
  ClusterAdminGrain: "集群管理", JobsAdminGrain: "任务管理", SiloControlGrain: "节点控制",
  DashboardGrain: "Orleans 仪表板", ManagementGrain: "Orleans 管理",
};
/** Orleans names a grain type "Namespace.Class,Assembly". */
const grainLabel = (type: string) => { const name = type.split(",")[0].split(".").at(-1)!; return grainKind[name] ? t(grainKind[name]) : name; };

/** Above this CPU on every active silo, the cluster needs another silo (docs/OPERATIONS.md). */
const busyCpuPercent = 70;

/** GET /api/admin/cluster: every silo with its status, activations by grain type and load; drain; scale guidance. */
function ClusterPanel() {
  const lang = useLang();
  const { data, error, loading, reload } = useLoad(() => api.get<ClusterView>("/api/admin/cluster"), "cluster");
  const [draining, setDraining] = useState<string | null>(null);
  const [drainError, setDrainError] = useState<unknown>(null);
  const drain = async (silo: SiloView) => {
    if (!window.confirm(`${t("排空节点")} ${silo.name}？${t("其上的实例将迁移到其他节点，然后该节点退出。")}`)) return;
    setDraining(silo.address); setDrainError(null);
    try { await api.post(`/api/admin/cluster/silos/${encodeURIComponent(silo.address)}/drain`, {}); reload(); }
    catch (e) { setDrainError(e); }
    finally { setDraining(null); }
  };
  const active = data?.silos.filter((s) => s.status === "Active") ?? [];
  const allBusy = active.length > 0 && active.every((s) => (s.cpuPercent ?? 0) >= busyCpuPercent);
  return (
    <section className="card" aria-labelledby="cluster-title">
      <div className="card-head">
        <h2 id="cluster-title">{t("集群")}</h2>
        <button type="button" onClick={reload}>{t("刷新")}</button>
      </div>
      {loading && !data ? <Loading /> : error instanceof ApiError && error.status === 404 ? <Empty /> : error ? <ErrorBox error={error} onRetry={reload} /> : (
        <>
          <p className="muted">{t("运行中的节点")} {active.length} · {t("活动实例")} {data!.totalActivations} · {t("已停止的节点")} {data!.deadSilos}</p>
          {drainError ? <ErrorBox error={drainError} /> : null}
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="silos">
              <thead><tr><th scope="col">{t("节点")}</th><th scope="col">{t("状态")}</th><th scope="col">{t("启动时间")}</th><th scope="col">{t("活动实例")}</th><th scope="col">{t("按类型")}</th><th scope="col">CPU</th><th scope="col">{t("内存")}</th><th scope="col">{t("操作")}</th></tr></thead>
              <tbody>
                {data!.silos.map((silo) => (
                  <tr key={silo.address}>
                    <td>{silo.name}<br /><span className="muted">{silo.address}</span></td>
                    <td>{t(siloStatus[silo.status] ?? silo.status)}</td>
                    <td>{formatDateTime(silo.startedAt, lang)}</td>
                    <td className="num">{silo.activationCount}</td>
                    <td>{Object.entries(silo.activationsByGrainType).map(([type, count]) => `${grainLabel(type)} ${count}`).join("，")}</td>
                    <td className="num">{silo.cpuPercent === null ? "—" : `${silo.cpuPercent.toFixed(0)}%`}</td>
                    <td className="num">{silo.memoryUsedBytes === null ? "—" : `${Math.round(silo.memoryUsedBytes / 1048576)} MiB`}</td>
                    <td>
                      <button type="button" disabled={silo.status !== "Active" || active.length < 2 || draining !== null}
                        title={active.length < 2 ? t("最后一个运行中的节点不能排空") : undefined} onClick={() => drain(silo)}>
                        {draining === silo.address ? t("排空中") : t("排空")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("扩缩容建议")}</h3>
          <ul data-testid="scale-guidance">
            <li>{allBusy ? t("所有运行中的节点 CPU 均高于 70%：请增加一个节点（Kubernetes：调大 vendorgrid-silo 的副本数）。")
              : t("CPU 低于 70% 时无需扩容；新节点加入后，新激活的实例会优先放到空闲节点。")}</li>
            <li>{t("缩容或升级前先排空节点：其实例迁移到其他节点后该节点自行退出，请求不会失败。最后一个运行中的节点不能排空。")}</li>
            <li>{t("节点异常退出时，其他节点约 6 秒后判定其失效并接管其实例；期间的写入会延迟而不会丢失。")}</li>
          </ul>
          <p><a href="/admin/orleans/">{t("Orleans 仪表板")} (/admin/orleans)</a></p>
        </>
      )}
    </section>
  );
}
