import type { FactStatus, ReportingParty } from "../facts";
import { t, type Lang } from "../i18n";

/** Every kind of fact the API lists, in words; an unknown kind shows as sent. */
export const factTypeLabel = (type: string | undefined, lang?: Lang) => t(({
  "obligation-met": "义务已完成", "deliverable-reviewed": "交付物审核", accepted: "验收通过", occurrence: "违约事件",
  "vacancy-opened": "岗位空缺", "vacancy-filled": "空缺已补", outage: "系统中断", "usage-verified": "用量核定",
  "invoice-received": "收到发票", "payment-made": "已付款", "payment-reminder-sent": "催款通知", milestone: "里程碑",
  "change-requested": "变更申请", "supplemental-agreement": "补充协议", "funds-received": "资金到位", terminated: "解除合同",
  "obligation-waived": "义务免除", "incident-opened": "报修", "incident-event": "事件步骤", "staff-assigned": "人员派驻",
  "staff-released": "人员撤离", "staff-qualified": "人员资质", "onsite-attendance": "驻场出勤", "staff-change-noticed": "人员变更通知",
  "staff-change-approved": "人员变更同意", "service-level-reported": "服务水平报告", "evaluation-recorded": "考核评价",
  "rectification-requested": "要求整改", rectified: "已整改", "force-majeure": "不可抗力",
} as Record<string, string>)[type ?? ""] ?? type ?? "", lang);

export const factStatusLabel = (s: FactStatus, lang?: Lang) =>
  t({ "in-force": "生效", reported: "待对方确认", acknowledged: "对方已确认", deemed: "视为确认", disputed: "对方有异议" }[s] ?? s, lang);

export const partyName = (p: ReportingParty, lang?: Lang) => t({ institution: "甲方", vendor: "乙方", platform: "平台" }[p] ?? p, lang);
