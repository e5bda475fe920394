import { useState, type FormEvent } from "react";
import { api, ApiError } from "../api";
import { Field, Link, serverFieldErrors } from "../components/ui";
import { t, useLang } from "../i18n";
import { check, emailAddress, password as passwordRule, PASSWORD_MIN } from "../schemas";

/** /forgot-password: the same answer whether or not the address has an account, so nobody learns who has one. */
export function ForgotPasswordPage() {
  useLang();
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(emailAddress(), email);
    setErrors(checked.ok ? {} : { email: checked.errors.$ });
    setFailure("");
    if (!checked.ok) return;
    try {
      await api.post("/api/auth/password-reset", { email: email.trim() });
      setSent(true);
    } catch (e) {
      setErrors(serverFieldErrors(e, { email: t("邮箱格式不正确") }));
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }

  if (sent) return <section className="card narrow"><p role="status">{t("如该邮箱有账户，重置链接已发送，60 分钟内有效")}</p><Link href="/login">{t("登录")}</Link></section>;
  return (
    <section className="card narrow">
      <h1>{t("重置密码")}</h1>
      <form onSubmit={submit} noValidate>
        <Field id="email" label={t("邮箱")} type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="username" inputMode="email" required />
        {failure && <p className="error" role="alert">{failure}</p>}
        <button type="submit" className="primary">{t("发送重置链接")}</button>
      </form>
    </section>
  );
}

/** /reset-password#<token>, the link the reset e-mail carries (the token stays in the fragment, out of logs and Referers). */
export function ResetPasswordPage() {
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
      await api.post("/api/auth/password-reset/complete", { token, password });
      setDone(true);
    } catch (e) {
      setErrors(serverFieldErrors(e, { password: t("密码至少 10 位") }));
      setFailure(e instanceof ApiError && (e.status === 404 || e.status === 410) ? t("链接无效或已过期，请重新申请") : e instanceof ApiError ? e.message : String(e));
    }
  }

  if (done) return <section className="card narrow"><p role="status">{t("密码已重置，请登录")}</p><Link href="/login">{t("登录")}</Link></section>;
  return (
    <section className="card narrow">
      <h1>{t("重置密码")}</h1>
      <form onSubmit={submit} noValidate>
        <Field id="password" label={t("新密码")} type="password" value={password} onChange={setPassword} error={errors.password} autoComplete="new-password" required
          hint={`${t("至少")} ${PASSWORD_MIN} ${t("位")}`} />
        <Field id="repeat" label={t("确认密码")} type="password" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" required />
        {(failure || errors.token) && <p className="error" role="alert">{failure} {errors.token}</p>}
        <button type="submit" className="primary">{t("提交")}</button>
      </form>
    </section>
  );
}
