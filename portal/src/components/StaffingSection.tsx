import { api, ApiError, asOfQuery } from "../api";
import { formatDate } from "../format";
import { t, useLang } from "../i18n";
import { useLoad } from "./ui";

interface RoleStaffing {
  role: string; title: string; article: string | null; required: number; assigned: number; present: number;
  qualified: number; vacant: number; vacantSince: string | null;
}
interface StaffingView { roles: RoleStaffing[]; breaches: { engineer: string; role: string; at: string; basis: string }[] }

/** The contract's staffing per role (GET /api/contracts/{id}/staffing); nothing at all for a contract without roles. */
export function StaffingSection({ contractId, asOf, refresh = 0 }: { contractId: string; asOf: string; refresh?: number }) {
  const lang = useLang();
  const { data, error } = useLoad(() => api.get<StaffingView>(`/api/contracts/${encodeURIComponent(contractId)}/staffing${asOfQuery(asOf || null)}`),
    `${contractId}|${asOf}|${refresh}`);
  if (error instanceof ApiError && error.status === 404) return null;
  if (!data || data.roles.length === 0) return null;
  return (
    <section className="card" aria-labelledby="staffing-title">
      <h2 id="staffing-title">{t("人员")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead><tr><th scope="col">{t("岗位")}</th><th scope="col">{t("要求")}</th><th scope="col">{t("已派")}</th><th scope="col">{t("在岗")}</th><th scope="col">{t("合格")}</th><th scope="col">{t("空缺")}</th></tr></thead>
          <tbody>
            {data.roles.map((r) => (
              <tr key={r.role}>
                <td>{r.title}{r.article && <span className="muted"> {r.article}</span>}</td>
                <td className="num">{r.required}</td><td className="num">{r.assigned}</td><td className="num">{r.present}</td><td className="num">{r.qualified}</td>
                <td className="num">{r.vacant}{r.vacantSince && <><br /><span className="muted">{t("自")} {formatDate(r.vacantSince, lang)}</span></>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.breaches.length > 0 && <p className="error">{data.breaches.map((b) => b.basis).join("；")}</p>}
    </section>
  );
}
