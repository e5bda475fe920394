import { useState, type FormEvent } from "react";
import { api, ApiError } from "../api";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { roleLabel } from "../labels";
import { Empty, ErrorBox, Field, Loading, serverFieldErrors, useLoad } from "./ui";

interface User { id: number; username: string; displayName: string; role: string; disabled: boolean; createdAt: string }

/** An institution admin's own users: invite one (the link goes to the invited address by e-mail), disable one. */
export function UsersPanel() {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const users = useLoad(() => api.getAll<User>("/api/users?limit=200"), `users${version}`);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("institution-staff");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [sentTo, setSentTo] = useState("");

  async function invite(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found.email = t("邮箱格式不正确");
    if (!name.trim()) found.displayName = t("姓名必填");
    setErrors(found);
    setFailure("");
    setSentTo("");
    if (Object.keys(found).length) return;
    try {
      const created = await api.post<{ email: string }>("/api/users/invitations", { email: email.trim(), displayName: name.trim(), role });
      setSentTo(created.email);
      setVersion((v) => v + 1);
    } catch (e) {
      setErrors(serverFieldErrors(e));
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }

  async function disable(user: User) {
    try { await api.post(`/api/users/${user.id}/disable`); setVersion((v) => v + 1); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">{t("用户")}</h2>
      {users.loading && !users.data ? <Loading /> : users.error ? <ErrorBox error={users.error} onRetry={users.reload} /> :
        users.data!.length === 0 ? <Empty /> : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead><tr><th scope="col">{t("姓名")}</th><th scope="col">{t("用户名")}</th><th scope="col">{t("角色")}</th><th scope="col">{t("创建时间")}</th><th scope="col">{t("操作")}</th></tr></thead>
              <tbody>
                {users.data!.map((u) => (
                  <tr key={u.id}>
                    <td>{u.displayName}</td><td>{u.username}</td><td>{roleLabel(u.role)}</td><td>{formatDateTime(u.createdAt, lang)}</td>
                    <td>{u.disabled ? t("已停用") : <button type="button" onClick={() => disable(u)}>{t("停用")}</button>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      <form onSubmit={invite} noValidate aria-label={t("邀请用户")}>
        <h3>{t("邀请用户")}</h3>
        <Field id="invite-email" label={t("邮箱")} type="email" value={email} onChange={setEmail} error={errors.email} inputMode="email" required />
        <Field id="invite-name" label={t("姓名")} value={name} onChange={setName} error={errors.displayName} required />
        <div className="field">
          <label htmlFor="invite-role">{t("角色")}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="institution-staff">{roleLabel("institution-staff")}</option>
            <option value="institution-admin">{roleLabel("institution-admin")}</option>
          </select>
          {errors.role && <p className="field-error">{errors.role}</p>}
        </div>
        {failure && <p className="error" role="alert">{failure}</p>}
        {sentTo && <p className="notice" role="status">{t("邀请邮件已发送至")} {sentTo}</p>}
        <button type="submit" className="primary">{t("邀请用户")}</button>
      </form>
    </section>
  );
}
