// The server's input rules, checked in the browser before anything is sent (zod), so a person reads what is wrong in
// their language next to the field, and the server's 422 stays the last line of defence. Each rule names the server
// code it mirrors; the browser tests send the same inputs to both.
import { z } from "zod";
import { t } from "./i18n";

// The portal runs under a Content-Security-Policy without 'unsafe-eval': zod must not compile parsers with
// `new Function`, and jitless also skips its probe for it, which the browser would report as a policy violation.
z.config({ jitless: true });

/** AuthApi.MinimumPasswordLength / MaximumPasswordLength. */
export const PASSWORD_MIN = 10, PASSWORD_MAX = 256;

/** Accounts/EmailAddresses.cs: a local part and a domain of two or more labels ending in letters. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** GrainKeys.IsPartyId: an 18-character 统一社会信用代码 or a lower-case slug with a hyphen. */
const PARTY_ID = /^(?:[0-9A-Z]{18}|[a-z0-9]+(?:-[a-z0-9]+)+)$/;

/** Domain/Parties/UnifiedSocialCreditCode.cs (GB 32100-2015): the 18th character checks the first 17. */
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function usccIsValid(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(code[i]);
    if (value < 0) return false;
    sum += value * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

export const emailAddress = () => z.string().trim().max(254, t("邮箱格式不正确")).regex(EMAIL, t("邮箱格式不正确"));
export const password = () => z.string().min(PASSWORD_MIN, t("密码至少 10 位")).max(PASSWORD_MAX, t("密码最多 256 位"));
export const displayName = () => z.string().trim().min(1, t("姓名必填")).max(100, t("姓名最多 100 个字"));
export const partyName = () => z.string().trim().min(1, t("名称必填")).max(200, t("名称最多 200 个字"));
export const partyId = () => z.string().trim()
  .regex(PARTY_ID, t("标识须为18位统一社会信用代码或含连字符的小写标识"))
  .refine((id) => id.length !== 18 || usccIsValid(id), t("统一社会信用代码校验位不正确"));

/** NotificationsApi.AddWebhookAsync: an absolute http(s) URL (the server also refuses private addresses). */
export const webhookUrl = () => z.string().trim().refine((value) => {
  try { return ["http:", "https:"].includes(new URL(value).protocol); } catch { return false; }
}, t("请填写以 http:// 或 https:// 开头的完整地址"));

/** NotificationsApi.SetPolicyAsync: at most 10 points, each 1 to 366 days. */
export const reminderDays = () => z.array(z.number().int(t("天数须为整数")).min(1, t("天数须在 1 到 366 之间")).max(366, t("天数须在 1 到 366 之间")))
  .max(10, t("最多 10 个提醒点"));

/** Field errors by path ("email", "before.0"), the first message of each; empty when the value passes. */
export function check<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; errors: Record<string, string> } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".") || "$";
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}
