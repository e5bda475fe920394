import { useEffect, useState, type FormEvent } from "react";
import { api, ApiError, type Party, type Role } from "../api";
import { ErrorBox, Field, Link, Loading, serverFieldErrors } from "../components/ui";
import { t, useLang } from "../i18n";
import { roleLabel } from "../labels";
import { check, password as passwordRule, PASSWORD_MIN } from "../schemas";

interface Invitation { email: string; displayName: string; role: Role; institution: Party | null; vendor: Party | null; existingAccount: boolean }

/**
 * /accept-invitation#<token>, the link the invitation e-mail carries: the token stays in the fragment, so it never
 * reaches a server log or a Referer. A new address sets its password; an address that already has an account (at
 * another party) accepts with that account's password, and the new role joins it.
 */
export function AcceptInvitationPage() {
  useLang();
  const token = location.hash.slice(1);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [done, setDone] = useState(false);

  useEffect(() => {
    api.post<Invitation>("/api/auth/invitations/inspect", { token }).then(setInvitation, setLoadError);
  }, [token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A new account's password must meet the server's rule; an existing account's is only checked by the server.
    const found: Record<string, string> = {};
    if (invitation?.existingAccount) { if (!password) found.password = t("请输入密码"); }
    else {
      const checked = check(passwordRule(), password);
      if (!checked.ok) found.password = checked.errors.$;
      if (repeat !== password) found.repeat = t("两次输入的密码不一致");
    }
    setErrors(found);
    setFailure("");
    if (Object.keys(found).length) return;
    try {
      await api.post("/api/auth/invitations/accept", { token, password });
      setDone(true);
    } catch (e) {
      setErrors(serverFieldErrors(e, { password: t("密码至少 10 位"), token: t("邀请链接无效或已使用") }));
      setFailure(e instanceof ApiError && e.status === 401 ? t("密码不正确") : e instanceof ApiError ? e.message : String(e));
    }
  }

  if (done) return <section className="card narrow"><p role="status">{t("邀请已接受，请登录")}</p><Link href="/login">{t("登录")}</Link></section>;
  if (loadError) return <section className="card narrow"><h1>{t("接受邀请")}</h1><ErrorBox error={loadError} /></section>;
  if (!invitation) return <section className="card narrow"><Loading /></section>;
  const party = invitation.institution?.name ?? invitation.vendor?.name ?? "";
  return (
    <section className="card narrow">
      <h1>{t("接受邀请")}</h1>
      <p data-testid="invitation">{invitation.email}: {party} · {roleLabel(invitation.role)}</p>
      {invitation.existingAccount && <p className="notice">{t("该邮箱已有账户，请输入现有密码，新身份将加入该账户")}</p>}
      <form onSubmit={submit} noValidate>
        <Field id="password" label={invitation.existingAccount ? t("现有密码") : t("设置密码")} type="password" value={password} onChange={setPassword}
          error={errors.password} autoComplete={invitation.existingAccount ? "current-password" : "new-password"} required
          hint={invitation.existingAccount ? undefined : `${t("至少")} ${PASSWORD_MIN} ${t("位")}`} />
        {!invitation.existingAccount &&
          <Field id="repeat" label={t("确认密码")} type="password" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" required />}
        {(failure || errors.token) && <p className="error" role="alert">{failure}{errors.token && failure !== errors.token ? ` ${errors.token}` : ""}</p>}
        <button type="submit" className="primary">{t("提交")}</button>
      </form>
    </section>
  );
}
