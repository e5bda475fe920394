import { useState, type FormEvent } from "react";
import { api, ApiError } from "../api";
import { Field, Link, serverFieldErrors } from "../components/ui";
import { t, useLang } from "../i18n";
import { check, password as passwordRule, PASSWORD_MIN } from "../schemas";

/** /accept-invitation#<token>: the token stays in the fragment, so it never reaches a server log or a Referer. */
export function AcceptInvitationPage() {
  useLang();
  const token = location.hash.slice(1);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(passwordRule(), password);
    const found: Record<string, string> = checked.ok ? {} : { password: checked.errors.$ };
    if (repeat !== password) found.repeat = t("两次输入的密码不一致");
    setErrors(found);
    setFailure("");
    if (Object.keys(found).length) return;
    try {
      await api.post("/api/auth/invitations/accept", { token, password });
      setDone(true);
    } catch (e) {
      setErrors(serverFieldErrors(e, { password: t("密码至少 10 位"), token: t("邀请链接无效或已使用") }));
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }

  if (done) return <section className="card narrow"><p role="status">{t("邀请已接受，请登录")}</p><Link href="/login">{t("登录")}</Link></section>;
  return (
    <section className="card narrow">
      <h1>{t("接受邀请")}</h1>
      <form onSubmit={submit} noValidate>
        <Field id="password" label={t("设置密码")} type="password" value={password} onChange={setPassword} error={errors.password}
          autoComplete="new-password" required hint={`${t("至少")} ${PASSWORD_MIN} ${t("位")}`} />
        <Field id="repeat" label={t("确认密码")} type="password" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" required />
        {(failure || errors.token) && <p className="error" role="alert">{failure}{errors.token && failure !== errors.token ? ` ${errors.token}` : ""}</p>}
        <button type="submit" className="primary">{t("提交")}</button>
      </form>
    </section>
  );
}
