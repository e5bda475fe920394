import { useState } from "react";
import { api, type VendorObligation } from "../api";
import { ExportButton } from "../components/ExportButton";
import { Empty, ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { submitDeliverable } from "../deliverable";
import { formatDate, formatDateTime, shanghaiDay } from "../format";
import { t, useLang } from "../i18n";
import { obligationStatus } from "../labels";

/** Every obligation of the vendor at every institution it serves, grouped by institution, then by due date. */
export function VendorDashboard() {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState("");
  const { data, error, loading, reload } = useLoad(() => api.getAll<VendorObligation>("/api/vendors/me/obligations?limit=200"), `v${version}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;

  const institutions = [...new Map(data.map((o) => [o.institution.id, o.institution])).values()];
  const submit = (o: VendorObligation) => submitDeliverable(o.contractId, o.id)
    .then(() => { setNotice(t("交付物已提交")); setVersion((v) => v + 1); }, (e) => setNotice(e.message));

  return (
    <div className="page">
      <h1>{t("供应商工作台")}</h1>
      <p className="muted">{t("我的义务")} · {t("按机构与截止日期分组")}</p>
      {notice && <p className="notice" role="status">{notice}</p>}
      <ExportButton name="obligations" rows={data.map((o) => ({
        [t("机构")]: o.institution.name, [t("合同")]: o.contractId, [t("名称")]: o.title,
        [t("截止时间")]: formatDateTime(o.dueAt, lang), [t("状态")]: obligationStatus(o.status), [t("逾期天数")]: o.lateDays }))} />
      {data.length === 0 && <Empty text={t("暂无义务")} />}
      {institutions.map((institution) => {
        const mine = data.filter((o) => o.institution.id === institution.id)
          .sort((a, b) => (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999"));
        const days = [...new Set(mine.map((o) => (o.dueAt ? shanghaiDay(o.dueAt) : "")))];
        const headingId = `inst-${institution.id}`;
        return (
          <section className="card" key={institution.id} aria-labelledby={headingId}>
            <h2 id={headingId}>{institution.name}</h2>
            {days.map((day) => (
              <div key={day} className="day-group">
                <h3>{day ? formatDate(day, lang) : "—"}</h3>
                <ul className="deadline-list">
                  {mine.filter((o) => (o.dueAt ? shanghaiDay(o.dueAt) : "") === day).map((o) => (
                    <li key={o.contractId + o.id} data-obligation={o.id}>
                      <Link href={`/contracts/${encodeURIComponent(o.contractId)}`}>{o.title}</Link>{" "}
                      <StatusBadge kind={o.status} label={obligationStatus(o.status) + (o.lateDays ? ` ${o.lateDays}` : "")} />
                      {(o.status === "open" || o.status === "late") && (
                        <button type="button" onClick={() => submit(o)}>{t("提交交付物")}</button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
