import { useState, type FormEvent } from "react";
import { z } from "zod";
import { api, ApiError, type InvitationCreated, type PendingInvitation, type Session, type UserView } from "../api";
import { ErrorBox, Field, Loading, serverFieldErrors, useLoad } from "../components/ui";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { roleLabel } from "../labels";
import { DataList, type Column } from "../lists/DataList";
import { check, displayName, emailAddress } from "../schemas";


/**
 * The people of the caller's party: the users (disable one, after a confirmation; never yourself), the invitations
 * still waiting to be accepted, and a form to invite someone. A platform admin sees everyone's.
 */
export function UsersPage({ session }: { session: Session }) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const users = useLoad(() => api.getAll<UserView>("/api/users?limit=200"), `users${version}`);
  const pending = useLoad(() => api.getAll<PendingInvitation>("/api/users/invitations?limit=200"), `invitations${version}`);
  const [confirming, setConfirming] = useState<UserView | null>(null);
  const [failure, setFailure] = useState("");
  const isMe = (u: UserView) => u.username.toLowerCase() === session.username.toLowerCase() && u.role === session.role;
  const mayDisable = session.role === "institution-admin" || session.role === "platform-admin";

  async function disable(user: UserView) {
    setFailure("");
    try { await api.post(`/api/users/${user.id}/disable`); setConfirming(null); setVersion((v) => v + 1); }
    catch (e) { setFailure(e instanceof ApiError ? e.message : String(e)); }
  }

  const columns: Column<UserView>[] = [
    { key: "name", label: "姓名", render: (u) => <>{u.displayName}{isMe(u) && <span className="muted"> （{t("本人")}）</span>}</>, sort: (u) => u.displayName, exported: (u) => u.displayName },
    { key: "username", label: "用户名", render: (u) => u.username, sort: (u) => u.username, exported: (u) => u.username },
    { key: "role", label: "角色", render: (u) => roleLabel(u.role), sort: (u) => u.role, exported: (u) => roleLabel(u.role, "zh") },
    { key: "party", label: "所属单位", render: (u) => u.institution ?? u.vendor ?? "—", sort: (u) => u.institution ?? u.vendor ?? "", exported: (u) => u.institution ?? u.vendor ?? "" },
    { key: "created", label: "创建时间", render: (u) => formatDateTime(u.createdAt, lang), sort: (u) => u.createdAt, exported: (u) => formatDateTime(u.createdAt, "zh") },
    { key: "state", label: "状态", render: (u) => (u.disabled ? t("已停用") : t("正常")), sort: (u) => (u.disabled ? 1 : 0), exported: (u) => (u.disabled ? "已停用" : "正常") },
    { key: "actions", label: "操作", className: "actions", render: (u) => mayDisable && !u.disabled && !isMe(u)
      && <button type="button" onClick={() => { setFailure(""); setConfirming(u); }}>{t("停用")}</button> },
  ];

  return (
    <div className="page">
      <h1>{t("用户")}</h1>
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">{t("用户列表")}</h2>
        {failure && <p className="error" role="alert">{failure}</p>}
        {users.loading && !users.data ? <Loading /> : users.error ? <ErrorBox error={users.error} onRetry={users.reload} /> : (
          <DataList id="users" label="用户列表" rows={users.data!} rowKey={(u) => String(u.id)} rowAttributes={(u) => ({ "data-user": u.username })}
            columns={columns} exportName="用户" searchText={(u) => `${u.displayName} ${u.username}`}
            filters={[{ key: "role", label: "角色", value: (u) => u.role, optionLabel: (r) => roleLabel(r) },
              { key: "state", label: "状态", value: (u) => (u.disabled ? "disabled" : "active"), options: [{ value: "active", label: t("正常") }, { value: "disabled", label: t("已停用") }] }]}
            below={(u) => confirming?.id === u.id && (
              <div className="card decision" role="alertdialog" aria-labelledby="disable-title" aria-describedby="disable-text">
                <h3 id="disable-title">{t("停用")} {u.displayName}</h3>
                <p id="disable-text">{t("停用后该用户不能再登录，其所有会话立即结束。")}</p>
                <div className="toolbar">
                  <button type="button" className="primary" onClick={() => disable(u)}>{t("确认停用")}</button>
                  <button type="button" onClick={() => setConfirming(null)}>{t("取消")}</button>
                </div>
              </div>
            )} />
        )}
      </section>
      <section className="card" aria-labelledby="pending-title">
        <h2 id="pending-title">{t("待接受的邀请")}</h2>
        {pending.loading && !pending.data ? <Loading /> : pending.error ? <ErrorBox error={pending.error} onRetry={pending.reload} /> : (
          <DataList id="invitations" label="待接受的邀请" rows={pending.data!} rowKey={(i) => String(i.id)} rowAttributes={(i) => ({ "data-invitation": i.email })}
            exportName="待接受的邀请" empty={t("没有待接受的邀请")} searchText={(i) => `${i.displayName} ${i.email}`}
            columns={[
              { key: "email", label: "邮箱", render: (i) => i.email, sort: (i) => i.email, exported: (i) => i.email },
              { key: "name", label: "姓名", render: (i) => i.displayName, sort: (i) => i.displayName, exported: (i) => i.displayName },
              { key: "role", label: "角色", render: (i) => roleLabel(i.role), exported: (i) => roleLabel(i.role, "zh") },
              { key: "by", label: "邀请人", render: (i) => i.invitedBy.split(":").at(-1), exported: (i) => i.invitedBy.split(":").at(-1) ?? "" },
              { key: "created", label: "邀请时间", render: (i) => formatDateTime(i.createdAt, lang), sort: (i) => i.createdAt, exported: (i) => formatDateTime(i.createdAt, "zh") },
              { key: "expires", label: "有效期至", render: (i) => formatDateTime(i.expiresAt, lang), sort: (i) => i.expiresAt, exported: (i) => formatDateTime(i.expiresAt, "zh") },
            ]} />
        )}
      </section>
      {(session.role === "institution-admin" || session.role === "vendor") && <InviteForm session={session} onInvited={() => setVersion((v) => v + 1)} />}
    </div>
  );
}

function InviteForm({ session, onInvited }: { session: Session; onInvited: () => void }) {
  useLang();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("institution-staff");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [sent, setSent] = useState<string | null>(null);

  async function invite(event: FormEvent) {
    event.preventDefault();
    const checked = check(z.object({ email: emailAddress(), displayName: displayName() }), { email, displayName: name });
    setErrors(checked.ok ? {} : checked.errors);
    setFailure("");
    setSent(null);
    if (!checked.ok) return;
    try {
      const body = session.role === "vendor" ? { email: email.trim(), displayName: name.trim() } : { email: email.trim(), displayName: name.trim(), role };
      // The one-time link goes to the invited address by e-mail only; the answer says where it went.
      setSent((await api.post<InvitationCreated>("/api/users/invitations", body)).email);
      setEmail(""); setName("");
      onInvited();
    } catch (e) {
      setErrors(serverFieldErrors(e, { email: t("邮箱格式不正确"), displayName: t("姓名必填"), role: t("请选择角色") }));
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <form className="card" onSubmit={invite} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t("邀请用户")}</h2>
      <Field id="invite-email" label={t("邮箱")} type="email" value={email} onChange={setEmail} error={errors.email} inputMode="email" required />
      <Field id="invite-name" label={t("姓名")} value={name} onChange={setName} error={errors.displayName} required />
      {session.role === "institution-admin" && (
        <div className="field">
          <label htmlFor="invite-role">{t("角色")}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="institution-staff">{roleLabel("institution-staff")}</option>
            <option value="institution-admin">{roleLabel("institution-admin")}</option>
          </select>
        </div>
      )}
      {failure && <p className="error" role="alert">{failure}</p>}
      {sent && <p className="notice" role="status" data-testid="invited">{t("邀请邮件已发送至")} {sent}</p>}
      <button type="submit" className="primary">{t("邀请用户")}</button>
    </form>
  );
}
