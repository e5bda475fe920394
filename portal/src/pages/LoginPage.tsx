import { useState, type FormEvent } from "react";
import { ApiError } from "../api";
import { Field, Link } from "../components/ui";
import { t, useLang } from "../i18n";
import { navigate } from "../router";
import { signIn, sessionExpired } from "../session";

export function LoginPage() {
  useLang();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);
  const expired = sessionExpired();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!username.trim()) found.username = t("请输入用户名");
    if (!password) found.password = t("请输入密码");
    setErrors(found);
    setFailure("");
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      navigate(await signIn(username.trim(), password), true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setFailure(t("用户名或密码不正确"));
      else if (e instanceof ApiError && e.status === 429) setFailure(t("尝试次数过多，请稍后再试"));
      else if (e instanceof ApiError && e.status === 422) setErrors(Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.join("；")])));
      else setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card narrow">
      <h1>{t("登录")}</h1>
      {expired && <p className="notice" role="status" data-testid="session-expired">{t("登录已过期，请重新登录")}</p>}
      <form onSubmit={submit} noValidate>
        <Field id="username" label={t("用户名")} value={username} onChange={setUsername} error={errors.username} autoComplete="username" required />
        <Field id="password" label={t("密码")} type="password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" required />
        {failure && <p className="error" role="alert">{failure}</p>}
        <button type="submit" className="primary" disabled={busy}>{busy ? t("正在登录…") : t("登录")}</button>
      </form>
      <p><Link href="/forgot-password">{t("忘记密码？")}</Link></p>
    </section>
  );
}
