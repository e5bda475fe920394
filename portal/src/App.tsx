import { useEffect, useState, type ReactNode } from "react";
import { ErrorBox, Link, Loading } from "./components/ui";
import { setLang, t, useLang } from "./i18n";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage";
import { AdminPage } from "./pages/AdminPage";
import { AuditPage } from "./pages/AuditPage";
import { ContractPage } from "./pages/ContractPage";
import { ContractEditorPage } from "./pages/ContractEditorPage";
import { DeliveriesPage } from "./pages/admin/DeliveriesPage";
import { HolidaysPage } from "./pages/admin/HolidaysPage";
import { InboxPage } from "./pages/InboxPage";
import { InstitutionDashboard } from "./pages/InstitutionDashboard";
import { LoginPage } from "./pages/LoginPage";
import { ForgotPasswordPage, ResetPasswordPage } from "./pages/PasswordResetPages";
import { SettingsPage } from "./pages/SettingsPage";
import { UsersPage } from "./pages/UsersPage";
import { VendorDashboard } from "./pages/VendorDashboard";
import { WaitingPage } from "./pages/WaitingPage";
import { refreshWaitingCount, resetWaitingCount, useWaitingCount } from "./waiting";
import { navigate, usePath } from "./router";
import { roleLabel } from "./labels";
import { homeFor, refreshSession, rememberReturnPath, signOut, switchMembership, useSession } from "./session";
import { syncServerTime, useServerTime } from "./serverTime";
import type { Session } from "./api";

export function App() {
  const path = usePath();
  const session = useSession();
  useLang();
  useEffect(() => { refreshSession().catch(() => undefined); }, []);
  const serverTimeKnown = useServerTime();
  const [timeError, setTimeError] = useState<unknown>(null);
  // Every page measures "today" by the server's clock: read it when signed in, on each navigation and on return to the tab.
  useEffect(() => {
    if (!session) return;
    const sync = () => syncServerTime().then(() => setTimeError(null), setTimeError);
    sync();
    const onVisible = () => { if (document.visibilityState === "visible") sync(); };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [session, path]);
  // The count of what waits for this person, in the navigation: read again on each page (a decision changes it).
  useEffect(() => {
    if (session && (isInstitution(session) || session.role === "vendor")) void refreshWaitingCount(session);
    else resetWaitingCount();
  }, [session, path]);

  // The pages e-mailed links open work whoever is signed in: the token in the link is what counts.
  if (path === "/accept-invitation") return <Shell session={null}><AcceptInvitationPage /></Shell>;
  if (path === "/forgot-password") return <Shell session={null}><ForgotPasswordPage /></Shell>;
  if (path === "/reset-password") return <Shell session={null}><ResetPasswordPage /></Shell>;
  if (session === undefined) return <Shell session={null}><Loading /></Shell>;
  if (session === null) {
    if (path !== "/login") {
      // A link opened before signing in: whoever signs in next goes there.
      rememberReturnPath(path + location.search);
      navigate("/login", true);
    }
    return <Shell session={null}><LoginPage /></Shell>;
  }
  if (path === "/" || path === "/login") {
    navigate(homeFor(session), true);
    return null;
  }
  if (!serverTimeKnown) return <Shell session={session}>{timeError ? <ErrorBox error={timeError} /> : <Loading />}</Shell>;
  return <Shell session={session}>{route(path, session)}</Shell>;
}

const isInstitution = (s: Session) => s.role === "institution-admin" || s.role === "institution-staff";

function route(path: string, session: Session): ReactNode {
  if (path === "/contracts/new" && session.role === "institution-admin") return <ContractEditorPage session={session} />;
  const contract = /^\/contracts\/([^/]+)$/.exec(path);
  if (contract) return <ContractPage id={decodeURIComponent(contract[1])} session={session} />;
  if (path === "/institution" && session.institution) return <InstitutionDashboard session={session} />;
  if (path === "/vendor" && session.role === "vendor") return <VendorDashboard session={session} />;
  if (path === "/admin" && session.role === "platform-admin") return <AdminPage />;
  if (path === "/admin/deliveries" && session.role === "platform-admin") return <DeliveriesPage />;
  if (path === "/admin/holidays" && session.role === "platform-admin") return <HolidaysPage />;
  if (path === "/inbox" && (isInstitution(session) || session.role === "vendor")) return <InboxPage session={session} />;
  if (path === "/waiting" && (isInstitution(session) || session.role === "vendor")) return <WaitingPage session={session} />;
  if (path === "/settings" && (isInstitution(session) || session.role === "vendor")) return <SettingsPage session={session} />;
  if (path === "/users" && session.role !== "institution-staff") return <UsersPage session={session} />;
  if (path === "/audit" && (session.role === "institution-admin" || session.role === "platform-admin")) return <AuditPage />;
  // Not a page of this portal (or not one for this role): say exactly that; the service itself is fine.
  return (
    <section className="card" data-testid="page-not-found">
      <h1>{t("页面不存在")}</h1>
      <p>{t("您访问的页面不存在，或不属于您的角色。")}</p>
      <Link href={homeFor(session)}>{t("返回首页")}</Link>
    </section>
  );
}

/** The navigation each role needs: its home, then what it works with. */
function navFor(session: Session): { href: string; label: string; counted?: boolean }[] {
  const home = { href: homeFor(session), label: "首页" };
  const waiting = { href: "/waiting", label: "待我处理", counted: true };
  switch (session.role) {
    case "platform-admin":
      return [home, { href: "/users", label: "用户" }, { href: "/audit", label: "审计日志" },
        { href: "/admin/deliveries", label: "投递失败" }, { href: "/admin/holidays", label: "节假日" }];
    case "institution-admin":
      return [home, waiting, { href: "/inbox", label: "收件箱" }, { href: "/users", label: "用户" }, { href: "/audit", label: "审计日志" }, { href: "/settings", label: "通知设置" }];
    case "institution-staff":
      return [home, waiting, { href: "/inbox", label: "收件箱" }, { href: "/settings", label: "通知设置" }];
    default:
      return [home, waiting, { href: "/inbox", label: "收件箱" }, { href: "/users", label: "用户" }, { href: "/settings", label: "通知设置" }];
  }
}

function Shell({ session, children }: { session: Session | null; children: ReactNode }) {
  const lang = useLang();
  const path = usePath();
  const waiting = useWaitingCount();
  return (
    <>
      <a className="skip" href="#main">{t("跳到主要内容")}</a>
      <header className="topbar">
        <Link href="/" className="brand">{t("VendorGrid 合同履约平台")}</Link>
        <nav aria-label={t("主导航")}>
          {session && navFor(session).map((item) => (
            <Link key={item.href} href={item.href} current={path === item.href}>{t(item.label)}
              {item.counted && waiting !== null && waiting > 0 && <span className="nav-count" data-testid="waiting-count"
                aria-label={`${waiting} ${t("项")}`}>{waiting}</span>}</Link>
          ))}
        </nav>
        <div className="topbar-right">
          <button type="button" className="link-button" lang={lang === "zh" ? "en" : "zh-CN"}
            onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {lang === "zh" ? "English" : "中文"}
          </button>
          {session && (
            <>
              <span className="who" data-testid="who">{t("当前用户")}: {session.displayName}</span>
              {session.memberships.length > 1 && (
                <select aria-label={t("切换身份")} value={session.membership ?? ""} onChange={(e) => void switchMembership(Number(e.target.value))}>
                  {session.memberships.map((m) => (
                    <option key={m.id} value={m.id}>{(m.institution ?? m.vendor)?.name ?? t("平台")} · {roleLabel(m.role)}</option>
                  ))}
                </select>
              )}
              <button type="button" className="link-button" onClick={() => { signOut().catch(() => undefined); }}>{t("退出登录")}</button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
