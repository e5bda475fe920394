import { useState, type FormEvent } from "react";
import { api, ApiError, type InvitationCreated } from "../../api";
import { t, useLang } from "../../i18n";
import { check, displayName, emailAddress, partyId, partyName } from "../../schemas";
import { z } from "zod";
import { Field, serverFieldErrors } from "../ui";

/**
 * A platform admin onboards an institution or a vendor, with its first administrator (invited by e-mail: the link goes
 * only to that address). The id is checked as the
 * server checks it (a 统一社会信用代码 with its check character, or a slug); a party already onboarded under another
 * name is refused by the server (onboarding never renames), and the page says under which name it exists.
 */
export function OnboardForm({ kind }: { kind: "institution" | "vendor" }) {
  useLang();
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [adminEmail, setAdminEmail] = useState("");
  const [adminName, setAdminName] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [result, setResult] = useState<{ name: string; invited?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = kind;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wantsAdmin = adminEmail.trim() !== "" || adminName.trim() !== "";
    const schema = z.object({
      id: partyId(), name: partyName(),
      ...(wantsAdmin ? { email: emailAddress(), displayName: displayName() } : {}),
    });
    const checked = check(schema, { id, name, email: adminEmail, displayName: adminName });
    setErrors(checked.ok ? {} : checked.errors);
    setFailure("");
    setResult(null);
    if (!checked.ok) return;
    setBusy(true);
    try {
      await api.post(kind === "institution" ? "/api/institutions" : "/api/vendors", { id: id.trim(), name: name.trim(), contacts: [] });
      let invited: string | undefined;
      if (wantsAdmin) {
        const path = kind === "institution" ? `/api/institutions/${encodeURIComponent(id.trim())}/admins` : `/api/vendors/${encodeURIComponent(id.trim())}/users`;
        invited = (await api.post<InvitationCreated>(path, { email: adminEmail.trim(), displayName: adminName.trim() })).email;
      }
      setResult({ name: name.trim(), invited });
    } catch (e) {
      setErrors(serverFieldErrors(e, { id: t("标识须为18位统一社会信用代码或含连字符的小写标识"), name: t("名称必填"), email: t("邮箱格式不正确"), displayName: t("姓名必填") }));
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const title = kind === "institution" ? t("入驻机构") : t("入驻供应商");
  return (
    <form className="card" onSubmit={submit} noValidate aria-label={title} data-testid={`onboard-${kind}`}>
      <h2>{title}</h2>
      <Field id={`${prefix}-id`} label={t("统一社会信用代码或标识")} value={id} onChange={setId} error={errors.id} required />
      <Field id={`${prefix}-name`} label={t("名称")} value={name} onChange={setName} error={errors.name} required />
      <fieldset>
        <legend>{t("首位管理员")}</legend>
        <Field id={`${prefix}-email`} label={t("邮箱")} type="email" value={adminEmail} onChange={setAdminEmail} error={errors.email} inputMode="email" />
        <Field id={`${prefix}-admin-name`} label={t("姓名")} value={adminName} onChange={setAdminName} error={errors.displayName} />
      </fieldset>
      {failure && <p className="error" role="alert" data-testid={`onboard-${kind}-failure`}>{failure}</p>}
      {result && (
        <p className="notice" role="status" data-testid={`onboarded-${kind}`}>
          {t("已入驻")}: {result.name}
          {result.invited && <><br />{t("邀请邮件已发送至")} {result.invited}</>}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>{t("提交")}</button>
    </form>
  );
}
