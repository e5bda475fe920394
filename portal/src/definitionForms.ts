// The contract editor's forms as data: every member of schema/contract.schema.json that a contract can hold, as a control
// with a Chinese label (English through i18n), so that nothing in a definition needs raw JSON. The editor renders this
// tree (components/DefinitionForm.tsx); the round trip below — a definition shown in the controls and read back from
// what they show — is what proves that every member of the five seeds is representable (tests/definitionForms.test.ts).
import { defineEnglish, t } from "./i18n";

export type Option = readonly [value: string, label: string];
/** The definition's lists a reference can name, and the member that is each item's id. */
export type RefList = "obligations" | "payments" | "penalties" | "staffing" | "lineItems";

interface Base { key: string; label: string; hint?: string; required?: boolean; when?: (parent: Record<string, unknown>) => boolean }
export type FormNode =
  | Base & { kind: "text" | "textarea" | "date" }
  /** money and decimal as typed; percent shows 0.003 as 0.3; integer refuses fractions. */
  | Base & { kind: "money" | "percent" | "decimal" | "integer" }
  /** true, or absent. */
  | Base & { kind: "check" }
  /** One of the options; a value the options do not know is kept and shown as it is. */
  | Base & { kind: "select"; options: Option[] }
  /** Texts, one a line. */
  | Base & { kind: "lines" }
  /** Several of the options, in the order chosen. */
  | Base & { kind: "multi"; options: Option[] }
  /** One id of another list (a penalty clause, an obligation). */
  | Base & { kind: "ref"; list: RefList }
  /** Several ids of another list, in the order chosen. */
  | Base & { kind: "refs"; list: RefList }
  /** A nested object; optional ones are switched on and off with a checkbox. */
  | Base & { kind: "group"; fields: FormNode[]; optional?: boolean }
  /** Exactly one of several members of the same object (an anchor's event, date or obligation; a rate or an amount). */
  | Base & { kind: "either"; choices: FormNode[] }
  /** A list of objects, each item a group of these fields. */
  | Base & { kind: "list"; item: FormNode[]; title: (item: Record<string, unknown>, index: number) => string; blank: () => Record<string, unknown> };

export const refIdMember = (list: RefList) => (list === "staffing" ? "role" : "id");

// ----- The vocabulary: schema enums with their Chinese names -----

const o = (pairs: Record<string, string>): Option[] => Object.entries(pairs);
export const spanUnits = o({ "calendar-days": "自然日", "working-days": "工作日", weeks: "周", months: "月", hours: "小时", minutes: "分钟" });
const holidayRolls = o({ none: "不顺延", holidays: "遇节假日顺延", "holidays-and-weekends": "遇节假日和周末顺延" });
const frequencies = o({ week: "每周", month: "每月", quarter: "每季度", "half-year": "每半年", year: "每年" });
const alignments = o({ "service-period": "按服务期起算", calendar: "按自然周期" });
const relativeTos = o({ "period-end": "周期结束后", "period-start": "周期开始后" });
const paymentConditions = o({
  invoice: "收到发票", acceptance: "验收合格", "no-breach": "无违约", "funds-received": "财政资金到位",
  "summary-report": "提交总结报告", "usage-verified": "用量核实", "stable-operation": "系统稳定运行",
});
const parties = o({ vendor: "乙方", client: "甲方" });
const sides = o({ institution: "甲方", vendor: "乙方" });
export const obligationKinds = o({
  "one-off": "一次性", recurring: "周期性", "after-each": "每次事件后", "counted-minimum": "最低次数", review: "审核",
  notice: "通知", standing: "持续性", "response-clock": "响应/修复时限", "service-level": "服务水平",
});
const clockWhens = o({ always: "全天", "working-time": "工作时间内", "outside-working-time": "工作时间外" });
const metrics = o({ availability: "可用率", "answered-in-time": "及时接听率", "service-level": "服务水平" });
const amountBases = o({
  "contract-total": "合同总额", "line-item": "该项金额", "unpaid-amount": "未付款", "paid-amount": "已付款",
  estimate: "预估金额", "unearned-payments": "未完成部分的已付款",
});
const capScopes = o({ clause: "整条违约条款", trigger: "每次违约", "line-item": "每个分项" });
const escalationModes = o({ additive: "另行加收", superseding: "取代原违约金" });
export const penaltyShapes = o({
  "per-day": "按日", "per-period": "每 N 日（周期）", "per-occurrence": "按次", "per-person-day": "按人日", range: "区间金额",
  "duration-tiered": "按持续时间分档", interest: "逾期利息", "termination-right": "解除合同权", incurred: "按实际损失",
});
const penaltyTriggers = o({
  late: "逾期履行", occurrence: "发生违约事件", vacancy: "人员缺岗", outage: "系统中断", "payment-late": "逾期付款", "force-majeure": "不可抗力",
});
const partials = o({ floor: "不足一个周期不计", ceiling: "不足一个周期按一个周期计" });
const dayBases = o({ "calendar-days": "自然日", "working-days": "工作日" });
/** The events a deadline can count from (DOMAIN.md §2); an event the list does not know is kept as written. */
const anchorEvents = o({
  signed: "合同签订", effective: "合同生效", accepted: "验收通过", "term-end": "服务期届满", ended: "合同终止",
  terminated: "合同解除", "force-majeure": "不可抗力发生", "address-change": "地址变更", "bank-change": "银行账户变更",
  "dispute-talks-started": "争议协商开始", "vendor-exit": "乙方退出", "onsite-staff-replacement": "驻场人员更换",
});

// ----- Building blocks -----

const span = (key: string, label: string, extra: Partial<Base> = {}): FormNode => ({
  kind: "group", key, label, optional: true, ...extra, fields: [
    { kind: "integer", key: "n", label: "数量", required: true },
    { kind: "select", key: "unit", label: "单位", options: spanUnits, required: true },
    { kind: "check", key: "inclusive", label: "含起算当日" },
    { kind: "select", key: "roll", label: "遇节假日", options: holidayRolls },
  ],
});
const requiredSpan = (key: string, label: string): FormNode => ({ ...span(key, label), optional: false } as FormNode);

const anchor = (key: string, label: string, optional: boolean): FormNode => ({
  kind: "group", key, label, optional, fields: [{
    kind: "either", key: "", label: "起算依据", choices: [
      { kind: "select", key: "event", label: "事件", options: anchorEvents },
      { kind: "date", key: "date", label: "日期" },
      { kind: "ref", key: "obligation", label: "另一项义务完成", list: "obligations" },
    ],
  }],
});

const dueRule = (key: string, label: string, optional: boolean, when?: Base["when"]): FormNode => ({
  kind: "group", key, label, optional, when, fields: [
    anchor("from", "起算", false),
    span("within", "在此期限内"),
    span("before", "在此之前"),
    { kind: "check", key: "immediately", label: "立即" },
  ],
});

const amountRule = (key: string, label: string, when?: Base["when"]): FormNode => ({
  kind: "group", key, label, optional: true, when, fields: [
    { kind: "either", key: "", label: "计算方式", choices: [
      { kind: "percent", key: "rate", label: "比例（%）" },
      { kind: "money", key: "amount", label: "固定金额（元）" },
    ] },
    { kind: "select", key: "base", label: "基数", options: amountBases },
    { kind: "ref", key: "lineItem", label: "分项", list: "lineItems" },
  ],
});

const confirmation = (key: string): FormNode => ({
  kind: "group", key, label: "违约金确认规则", optional: true, fields: [
    { kind: "select", key: "by", label: "由谁确认", options: sides },
    { kind: "check", key: "afterClaimNotice", label: "须先发出索赔通知" },
    { kind: "integer", key: "deemedAfterDays", label: "逾期未答复视为确认（日）" },
    { kind: "integer", key: "institutionAloneAfterDays", label: "甲方可单方确认（日后）" },
  ],
});

const contacts: FormNode = {
  kind: "list", key: "contacts", label: "联系人", title: (c) => [c.name, c.role].filter(Boolean).join(" · "), blank: () => ({ role: "", name: "" }), item: [
    { kind: "text", key: "role", label: "角色", required: true, hint: "如 owner、project-lead、on-site、finance" },
    { kind: "text", key: "name", label: "姓名", required: true },
    { kind: "text", key: "phone", label: "电话" },
    { kind: "text", key: "email", label: "电子邮箱" },
  ],
};

export const partyFields: FormNode[] = [
  { kind: "text", key: "name", label: "名称", required: true },
  { kind: "text", key: "id", label: "统一社会信用代码或标识", required: true },
  { kind: "text", key: "address", label: "地址" },
  contacts,
];
const party = (key: string, label: string): FormNode => ({ kind: "group", key, label, fields: partyFields });

const kindIs = (...kinds: string[]) => (parent: Record<string, unknown>) => kinds.includes(String(parent.kind));
const shapeIs = (...shapes: string[]) => (parent: Record<string, unknown>) => shapes.includes(String(parent.shape));
const articled = (item: Record<string, unknown>, fallback: string) =>
  [item.article, item.title ?? item.label ?? item.name].filter(Boolean).join(" ") || String(item.id ?? fallback);

// ----- The definition -----

export const lineItemsNode: FormNode = {
  kind: "list", key: "lineItems", label: "分项报价", title: (l, i) => String(l.name || `${t("分项")} ${i + 1}`),
  blank: () => ({ id: "", name: "", amount: 0 }), item: [
    { kind: "text", key: "id", label: "编号", required: true },
    { kind: "text", key: "name", label: "名称", required: true },
    { kind: "text", key: "group", label: "类别" },
    { kind: "decimal", key: "people", label: "人数" },
    { kind: "decimal", key: "months", label: "月数" },
    { kind: "money", key: "unitPrice", label: "单价（元/人月）" },
    { kind: "money", key: "amount", label: "金额（元）", required: true },
  ],
};

export const paymentsNode: FormNode = {
  kind: "list", key: "payments", label: "付款计划", title: (p) => String(p.label || p.id),
  blank: () => ({ id: "", label: "", due: { from: { event: "signed" } } }), item: [
    { kind: "text", key: "id", label: "编号", required: true },
    { kind: "text", key: "label", label: "名称", required: true },
    { kind: "text", key: "article", label: "条款" },
    { kind: "percent", key: "share", label: "比例（%）" },
    { kind: "money", key: "amount", label: "金额（元）" },
    { kind: "check", key: "balance", label: "尾款（合同总额减去其余各期）" },
    dueRule("due", "付款期限", false),
    { kind: "multi", key: "conditions", label: "付款条件", options: paymentConditions },
    span("invoiceLeadTime", "乙方须提前开具发票"),
    { kind: "date", key: "usageFrom", label: "用量起始日" },
    { kind: "date", key: "usageTo", label: "用量截止日" },
    { kind: "textarea", key: "text", label: "合同原文" },
  ],
};

const clock: FormNode = {
  kind: "list", key: "clocks", label: "响应/修复时限", title: (c) => String(c.name ?? ""), blank: () => ({ name: "", until: "", within: { n: 1, unit: "hours" } }), item: [
    { kind: "text", key: "name", label: "名称", required: true, hint: "如 response、restore" },
    { kind: "text", key: "from", label: "开始于（事件）" },
    { kind: "text", key: "until", label: "结束于（事件）", required: true, hint: "如 responded、restored" },
    requiredSpan("within", "时限"),
    { kind: "select", key: "when", label: "适用时段", options: clockWhens },
    { kind: "check", key: "countsWorkingTimeOnly", label: "只计工作时间" },
    { kind: "lines", key: "severities", label: "适用的故障等级" },
    { kind: "ref", key: "penaltyClause", label: "违约条款", list: "penalties" },
    { kind: "text", key: "startsWhenMissed", label: "超时后开始的时限" },
    { kind: "text", key: "excusedBy", label: "可免除的情形" },
  ],
};

export const obligationsNode: FormNode = {
  kind: "list", key: "obligations", label: "履约义务", title: (ob, i) => articled(ob, String(i + 1)),
  blank: () => ({ id: "", article: "", title: "", summary: "", kind: "one-off", due: { from: { event: "signed" } } }), item: [
    { kind: "text", key: "id", label: "编号", required: true },
    { kind: "text", key: "article", label: "条款", required: true },
    { kind: "text", key: "title", label: "名称", required: true },
    { kind: "select", key: "kind", label: "类型", options: obligationKinds, required: true },
    { kind: "select", key: "party", label: "义务方", options: parties },
    { kind: "check", key: "conditional", label: "视情况发生" },
    { kind: "check", key: "survivesEnd", label: "合同结束后仍有效" },
    dueRule("due", "履行期限", true, kindIs("one-off", "notice")),
    { kind: "group", key: "recurrence", label: "周期", optional: true, when: kindIs("recurring"), fields: [
      { kind: "select", key: "every", label: "频率", options: frequencies, required: true },
      { kind: "select", key: "align", label: "周期起算", options: alignments },
      { kind: "select", key: "relativeTo", label: "相对于", options: relativeTos },
      span("offset", "偏移"),
      { kind: "integer", key: "dayOfMonth", label: "每月几日" },
      { kind: "select", key: "roll", label: "遇节假日", options: holidayRolls },
    ] },
    { kind: "group", key: "afterEach", label: "每次事件后", optional: true, when: kindIs("after-each"), fields: [
      { kind: "text", key: "activity", label: "事件", required: true },
      span("within", "在此期限内"),
      { kind: "check", key: "immediately", label: "立即" },
    ] },
    { kind: "group", key: "minimum", label: "最低次数", optional: true, when: kindIs("counted-minimum"), fields: [
      { kind: "text", key: "activity", label: "活动", required: true },
      { kind: "integer", key: "count", label: "次数", required: true },
      { kind: "select", key: "per", label: "每", options: frequencies, required: true },
      { kind: "select", key: "align", label: "周期起算", options: alignments },
      anchor("from", "起算", true),
      { kind: "ref", key: "penaltyClause", label: "违约条款", list: "penalties" },
    ] },
    { kind: "group", key: "review", label: "审核", optional: true, when: kindIs("review"), fields: [
      { kind: "ref", key: "of", label: "审核的义务", list: "obligations", required: true },
      requiredSpan("within", "审核期限"),
    ] },
    { ...clock, when: kindIs("response-clock") } as FormNode,
    { kind: "group", key: "serviceLevel", label: "服务水平", optional: true, when: kindIs("service-level"), fields: [
      { kind: "select", key: "metric", label: "指标", options: metrics, required: true },
      { kind: "text", key: "channel", label: "渠道" },
      { kind: "percent", key: "target", label: "目标（%）", required: true },
      { kind: "check", key: "strict", label: "须严格高于目标" },
      { kind: "select", key: "per", label: "考核周期", options: frequencies },
      { kind: "ref", key: "penaltyClause", label: "违约条款", list: "penalties" },
    ] },
    { kind: "group", key: "scorecard", label: "考核评分表", optional: true, fields: [
      { kind: "decimal", key: "total", label: "满分", required: true },
      { kind: "decimal", key: "passAt", label: "合格分", required: true },
      { kind: "list", key: "sections", label: "评分项", title: (s) => String(s.title ?? ""), blank: () => ({ id: "", title: "", max: 10 }), item: [
        { kind: "text", key: "id", label: "编号", required: true },
        { kind: "text", key: "title", label: "名称", required: true },
        { kind: "text", key: "titleEn", label: "英文名称" },
        { kind: "decimal", key: "max", label: "分值", required: true },
      ] },
      { kind: "ref", key: "penaltyClause", label: "违约条款", list: "penalties" },
    ] },
    span("acknowledgeWithin", "甲方须在此期限内确认"),
    { kind: "lines", key: "documents", label: "须提交的文件" },
    { kind: "textarea", key: "summary", label: "说明", required: true },
    { kind: "textarea", key: "text", label: "合同原文" },
  ],
};

const needsAmount = ["per-day", "per-period", "per-occurrence", "per-person-day", "duration-tiered", "interest"];
export const penaltiesNode: FormNode = {
  kind: "list", key: "penalties", label: "违约责任", title: (p, i) => String(p.article || i + 1),
  blank: () => ({ id: "", article: "", summary: "", shape: "per-day", trigger: "late", obligations: [], amount: { rate: 0.001, base: "contract-total" } }), item: [
    { kind: "text", key: "id", label: "编号", required: true },
    { kind: "text", key: "article", label: "条款", required: true },
    { kind: "select", key: "trigger", label: "触发", options: penaltyTriggers },
    { kind: "refs", key: "obligations", label: "违反的义务", list: "obligations", when: (p) => p.trigger === "late" || p.trigger === "occurrence" },
    { kind: "refs", key: "payments", label: "逾期的付款", list: "payments", when: (p) => p.trigger === "payment-late" },
    { kind: "refs", key: "roles", label: "缺岗的人员", list: "staffing", when: (p) => p.trigger === "vacancy" },
    { kind: "select", key: "payer", label: "支付方", options: parties },
    { kind: "select", key: "shape", label: "计算方式", options: penaltyShapes, required: true },
    amountRule("amount", "违约金", shapeIs(...needsAmount)),
    span("period", "每个周期", { when: shapeIs("per-period") }),
    { kind: "select", key: "partial", label: "不足一个周期", options: partials },
    { kind: "select", key: "dayBasis", label: "计日方式", options: dayBases },
    { kind: "check", key: "perPerson", label: "按人计" },
    span("grace", "宽限期"),
    span("accruesFor", "最长计算期间"),
    amountRule("min", "最低金额", shapeIs("range")),
    amountRule("max", "最高金额", shapeIs("range")),
    span("threshold", "起算时长", { when: shapeIs("duration-tiered") }),
    span("step", "每档时长", { when: shapeIs("duration-tiered") }),
    amountRule("perStep", "每档金额", shapeIs("duration-tiered")),
    { kind: "group", key: "cap", label: "上限", optional: true, fields: [
      { kind: "either", key: "", label: "上限方式", choices: [
        { kind: "percent", key: "rate", label: "上限比例（%）" },
        { kind: "money", key: "amount", label: "上限金额（元）" },
      ] },
      { kind: "select", key: "base", label: "基数", options: amountBases },
      { kind: "select", key: "scope", label: "上限适用于", options: capScopes },
    ] },
    { kind: "group", key: "preconditions", label: "前提条件", optional: true, fields: [
      { kind: "integer", key: "reminders", label: "书面催告次数" },
      span("minimumGap", "催告间隔不少于"),
      span("startsAfterDue", "到期后起算"),
    ] },
    { kind: "check", key: "rectificationFirst", label: "先限期整改，未整改才计违约金" },
    { kind: "check", key: "terminationRight", label: "甲方（守约方）有权解除合同" },
    { kind: "group", key: "escalation", label: "解除合同门槛", optional: true, fields: [
      { kind: "check", key: "atCap", label: "违约金达到上限时" },
      { kind: "integer", key: "atLateDays", label: "逾期超过（日）" },
      amountRule("oneTime", "另付一次性违约金"),
      { kind: "check", key: "terminationRight", label: "有权解除合同" },
      { kind: "select", key: "mode", label: "与原违约金的关系", options: escalationModes },
    ] },
    amountRule("onTermination", "解除合同时的违约金"),
    { kind: "ref", key: "alongside", label: "与此条款同时适用", list: "penalties" },
    confirmation("confirmation"),
    { kind: "textarea", key: "summary", label: "说明", required: true },
    { kind: "textarea", key: "text", label: "合同原文" },
  ],
};

export const staffingNode: FormNode = {
  kind: "list", key: "staffing", label: "人员要求", title: (s) => articled(s, String(s.role ?? "")),
  blank: () => ({ role: "", title: "", minimum: 1 }), item: [
    { kind: "text", key: "role", label: "角色编号", required: true },
    { kind: "text", key: "title", label: "名称", required: true },
    { kind: "text", key: "article", label: "条款" },
    { kind: "integer", key: "minimum", label: "最少人数", required: true },
    { kind: "list", key: "qualified", label: "资格要求", title: (q) => `${q.count ?? ""} ${t("人")}`, blank: () => ({ count: 1 }), item: [
      { kind: "integer", key: "count", label: "人数", required: true },
      { kind: "integer", key: "minYears", label: "最少工作年限" },
      { kind: "text", key: "education", label: "学历" },
      { kind: "lines", key: "certificates", label: "证书" },
    ] },
    { kind: "integer", key: "onsiteDaysPerWeek", label: "每周驻场天数" },
    span("onSiteWithin", "到岗期限"),
    span("refillWithin", "缺岗补员期限"),
    span("replacementWithin", "更换期限"),
    span("changeNotice", "更换须提前通知"),
    { kind: "check", key: "changeNeedsConsent", label: "更换须经甲方同意" },
    { kind: "ref", key: "startObligation", label: "到岗义务", list: "obligations" },
    { kind: "ref", key: "replacementObligation", label: "更换义务", list: "obligations" },
    { kind: "ref", key: "changeNoticeObligation", label: "更换通知义务", list: "obligations" },
    { kind: "ref", key: "replacementPenalty", label: "更换违约条款", list: "penalties" },
    { kind: "text", key: "onsiteActivity", label: "驻场记录的活动" },
  ],
};

export const basicsNodes: FormNode[] = [
  { kind: "text", key: "id", label: "合同编号（平台标识）", required: true, hint: "小写字母、数字和连字符，如 c3-registration-2024；保存后不能更改" },
  { kind: "text", key: "number", label: "合同号" },
  { kind: "text", key: "title", label: "合同名称", required: true },
  { kind: "date", key: "signedOn", label: "签订日期" },
  { kind: "date", key: "effectiveOn", label: "生效日期" },
  { kind: "group", key: "term", label: "服务期", fields: [
    { kind: "date", key: "start", label: "服务期开始", required: true },
    { kind: "date", key: "end", label: "服务期结束", required: true },
  ] },
  { kind: "money", key: "total", label: "合同总额（元）", required: true },
  { kind: "money", key: "vat", label: "其中增值税（元）" },
  { kind: "text", key: "currency", label: "币种" },
  { kind: "integer", key: "claimWindowDays", label: "乙方异议期（日）" },
];

export const otherNodes: FormNode[] = [
  confirmation("confirmation"),
  { kind: "group", key: "reporting", label: "故障报告规则", optional: true, fields: [
    span("acknowledgeWithin", "确认收到报告"),
    span("recordWithin", "记录期限"),
  ] },
  { kind: "group", key: "usage", label: "按量计费", optional: true, fields: [
    { kind: "money", key: "estimate", label: "预估金额（元）", required: true },
    { kind: "list", key: "prices", label: "各渠道单价", title: (p) => String(p.channel ?? ""), blank: () => ({ channel: "", unitPrice: 0 }), item: [
      { kind: "text", key: "channel", label: "渠道", required: true },
      { kind: "money", key: "unitPrice", label: "单价（元）", required: true },
    ] },
    { kind: "percent", key: "vendorBorneOverrunRate", label: "超出部分乙方承担比例（%）" },
    { kind: "text", key: "article", label: "条款" },
  ] },
  { kind: "group", key: "changeBudget", label: "免费变更额度", optional: true, fields: [
    { kind: "decimal", key: "freePersonDays", label: "免费人天", required: true },
    { kind: "text", key: "article", label: "条款" },
  ] },
];

/** The whole definition, section by section (the parties, then the lists). */
export const definitionForm: FormNode[] = [
  ...basicsNodes, party("institution", "甲方（采购人）"), party("vendor", "乙方（供应商）"),
  lineItemsNode, paymentsNode, obligationsNode, penaltiesNode, staffingNode, ...otherNodes,
];

/** Members a definition carries that no one edits: the format's version and the editor hint of a hand-written file. */
export const carriedMembers = ["$schema", "formatVersion"];

// ----- What a control shows and what it gives back -----

export type Numeric = "money" | "percent" | "decimal" | "integer";
export const isNumeric = (kind: string): kind is Numeric => kind === "money" || kind === "percent" || kind === "decimal" || kind === "integer";

/** A value as its input shows it: a percentage as its hundredfold (0.003 → "0.3"), absent as empty. */
export function shownValue(kind: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (kind === "percent" && typeof value === "number") return String(Math.round(value * 1e10) / 1e8);
  if (kind === "lines" && Array.isArray(value)) return value.join("\n");
  return String(value);
}

/**
 * Text as typed → the definition's value: empty is absent (null for a member the contract requires, so the check names
 * it), numbers as numbers (a percentage as its fraction), a number that does not parse kept as typed for the check to flag.
 */
export function parsedValue(kind: string, text: string, required = false): unknown {
  if (kind === "lines") {
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    return lines.length ? lines : undefined;
  }
  if (text.trim() === "") return required ? null : undefined;
  if (!isNumeric(kind)) return text;
  const parsed = Number(text.replace(/[,，¥\s]/g, ""));
  if (!Number.isFinite(parsed)) return text;
  return kind === "percent" ? Math.round(parsed * 1e8) / 1e10 : parsed;
}

/** The member an "either" shows: the first of its choices present, else the first. */
export const chosen = (node: Extract<FormNode, { kind: "either" }>, parent: Record<string, unknown>) =>
  node.choices.find((c) => parent[c.key] !== undefined) ?? node.choices[0];

export const visible = (node: FormNode, parent: Record<string, unknown>) =>
  node.kind === "either" || !node.when || node.when(parent) || (parent[node.key] !== undefined);

// ----- The round trip: a definition into the controls and back -----

/** One control as the editor shows it: its server path and what it shows (a checkbox's state, a list's item count…). */
export interface Binding { path: string; node: FormNode; shown: string | boolean | string[] | number }

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Every control the editor shows for this definition, with what each shows. */
export function bindingsOf(definition: Record<string, unknown>, nodes: FormNode[] = definitionForm): Binding[] {
  const out: Binding[] = [];
  const walk = (parent: Record<string, unknown>, path: string, list: FormNode[]) => {
    for (const node of list) {
      if (!visible(node, parent)) continue;
      const at = join(path, node.key), value = parent[node.key];
      switch (node.kind) {
        case "group":
          if (node.optional) out.push({ path: at, node, shown: value !== undefined });
          if (value !== undefined && value !== null) walk(value as Record<string, unknown>, at, node.fields);
          else if (!node.optional) walk({}, at, node.fields);
          break;
        case "either": {
          const choice = chosen(node, parent);
          out.push({ path: join(path, "$either"), node, shown: choice.key });
          walk(parent, path, [choice]);
          break;
        }
        case "list": {
          const items = Array.isArray(value) ? value as Record<string, unknown>[] : [];
          out.push({ path: at, node, shown: value === undefined ? -1 : items.length });
          items.forEach((item, i) => walk(item, `${at}[${i}]`, node.item));
          break;
        }
        case "check": out.push({ path: at, node, shown: value === true }); break;
        case "multi": case "refs": out.push({ path: at, node, shown: Array.isArray(value) ? value.map(String) : [] }); break;
        default: out.push({ path: at, node, shown: shownValue(node.kind, value) });
      }
    }
  };
  walk(definition, "", nodes);
  return out;
}

/** A definition rebuilt from nothing but what the controls show (the carried members copied as they are). */
export function definitionFrom(bindings: Binding[], carried: Record<string, unknown> = {}): Record<string, unknown> {
  const root: Record<string, unknown> = { ...carried };
  const put = (path: string, value: unknown) => {
    const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
    let node = root as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    if (value !== undefined) node[keys[keys.length - 1]] = value;
  };
  for (const { path, node, shown } of bindings) {
    switch (node.kind) {
      case "group": if (shown === true) put(path, {}); break;
      case "either": break;
      case "list": if (typeof shown === "number" && shown >= 0) put(path, []); break;
      case "check": if (shown === true) put(path, true); break;
      case "multi": case "refs": if ((shown as string[]).length) put(path, [...(shown as string[])]); break;
      default: put(path, parsedValue(node.kind, shown as string, false));
    }
  }
  return root;
}

/** Every member of a definition, as paths, that no control shows (what the forms could not say). */
export function unboundMembers(definition: Record<string, unknown>, bindings: Binding[]): string[] {
  const bound = new Set(bindings.map((b) => b.path));
  const missing: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (bound.has(path) && (value === null || typeof value !== "object" || Array.isArray(value) && value.every((v) => typeof v !== "object"))) return;
    if (Array.isArray(value)) { if (!bound.has(path)) missing.push(path); else value.forEach((v, i) => walk(v, `${path}[${i}]`)); return; }
    if (value !== null && typeof value === "object") {
      for (const [key, member] of Object.entries(value)) if (!(path === "" && carriedMembers.includes(key))) walk(member, join(path, key));
      return;
    }
    missing.push(path);
  };
  walk(definition, "");
  return missing;
}

defineEnglish({
  "自然日": "calendar days", "工作日": "working days", "周": "weeks", "月": "months", "小时": "hours", "分钟": "minutes",
  "不顺延": "not moved", "遇节假日顺延": "moved past holidays", "遇节假日和周末顺延": "moved past holidays and weekends",
  "每周": "weekly", "每月": "monthly", "每季度": "quarterly", "每半年": "half-yearly", "每年": "yearly",
  "按服务期起算": "from the service term", "按自然周期": "calendar periods", "周期结束后": "after the period ends", "周期开始后": "after the period starts",
  "收到发票": "invoice received", "验收合格": "accepted", "无违约": "no breach", "财政资金到位": "funds received",
  "提交总结报告": "summary report submitted", "用量核实": "usage verified", "系统稳定运行": "stable operation",
  "一次性": "one-off", "周期性": "recurring", "每次事件后": "after each event", "最低次数": "minimum count", "审核": "review",
  "通知": "notice", "持续性": "standing", "响应/修复时限": "response/restore clocks", "服务水平": "service level",
  "全天": "any time", "工作时间内": "in working time", "工作时间外": "outside working time",
  "可用率": "availability", "及时接听率": "answered in time",
  "合同总额": "contract total", "该项金额": "the line item", "未付款": "unpaid amount", "已付款": "paid amount",
  "预估金额": "estimate", "未完成部分的已付款": "payments for unfinished work",
  "整条违约条款": "the whole clause", "每次违约": "each breach", "每个分项": "each line item",
  "另行加收": "in addition", "取代原违约金": "instead of the penalty",
  "按日": "per day", "每 N 日（周期）": "per N days", "按次": "per occurrence", "按人日": "per person-day", "区间金额": "a range",
  "按持续时间分档": "tiered by duration", "逾期利息": "interest", "解除合同权": "termination right", "按实际损失": "losses incurred",
  "逾期履行": "late performance", "发生违约事件": "an occurrence", "人员缺岗": "a vacancy", "系统中断": "an outage",
  "逾期付款": "late payment", "不可抗力": "force majeure",
  "不足一个周期不计": "a part period does not count", "不足一个周期按一个周期计": "a part period counts as a whole",
  "合同签订": "signing", "合同生效": "the contract taking effect", "验收通过": "acceptance", "服务期届满": "the end of the term",
  "合同终止": "the contract ending", "合同解除": "termination", "不可抗力发生": "force majeure", "地址变更": "an address change",
  "银行账户变更": "a bank account change", "争议协商开始": "dispute talks starting", "乙方退出": "the vendor's exit",
  "驻场人员更换": "an on-site staff change",
  "数量": "Number", "单位": "Unit", "含起算当日": "Counting the first day", "遇节假日": "On holidays",
  "起算依据": "Counted from", "事件": "Event", "日期": "Date", "另一项义务完成": "Another obligation done",
  "起算": "From", "在此期限内": "Within", "在此之前": "Before", "立即": "Immediately",
  "计算方式": "Computed as", "比例（%）": "Rate (%)", "固定金额（元）": "Fixed amount (CNY)", "基数": "Base", "分项": "Line item",
  "违约金确认规则": "Who confirms penalties", "由谁确认": "Confirmed by", "须先发出索赔通知": "A claim notice first",
  "逾期未答复视为确认（日）": "Deemed confirmed after (days)", "甲方可单方确认（日后）": "Institution alone after (days)",
  "联系人": "Contacts", "角色": "Role", "姓名": "Name", "电话": "Phone", "电子邮箱": "E-mail",
  "如 owner、project-lead、on-site、finance": "e.g. owner, project-lead, on-site, finance",
  "统一社会信用代码或标识": "Unified social credit code or id", "地址": "Address",
  "编号": "Id", "类别": "Group", "人数": "People", "月数": "Months", "单价（元/人月）": "Unit price (CNY per person-month)",
  "金额（元）": "Amount (CNY)", "分项报价": "Line items", "付款计划": "Payments", "条款": "Article",
  "尾款（合同总额减去其余各期）": "Balance (the total less the other installments)", "付款期限": "Due",
  "付款条件": "Conditions", "乙方须提前开具发票": "Invoice lead time", "用量起始日": "Usage from", "用量截止日": "Usage to",
  "合同原文": "Contract text", "如 response、restore": "e.g. response, restore", "开始于（事件）": "Starts at (event)",
  "结束于（事件）": "Ends at (event)", "如 responded、restored": "e.g. responded, restored", "时限": "Within",
  "适用时段": "Applies", "只计工作时间": "Counts working time only", "适用的故障等级": "Severities",
  "违约条款": "Penalty clause", "超时后开始的时限": "Starts when missed", "可免除的情形": "Excused by",
  "类型": "Kind", "义务方": "Owed by", "视情况发生": "Conditional", "合同结束后仍有效": "Survives the end", "履行期限": "Deadline",
  "周期": "Recurrence", "频率": "Every", "周期起算": "Periods", "相对于": "Relative to", "偏移": "Offset", "每月几日": "Day of month",
  "活动": "Activity", "次数": "Count", "每": "Per", "审核的义务": "Reviews", "审核期限": "Review within",
  "指标": "Metric", "渠道": "Channel", "目标（%）": "Target (%)", "须严格高于目标": "Strictly above target", "考核周期": "Measured",
  "考核评分表": "Scorecard", "满分": "Total", "合格分": "Pass at", "评分项": "Sections", "英文名称": "English title", "分值": "Points",
  "甲方须在此期限内确认": "Institution acknowledges within", "须提交的文件": "Documents (one a line)", "说明": "Summary",
  "触发": "Trigger", "违反的义务": "Obligations breached", "逾期的付款": "Payments late", "缺岗的人员": "Roles vacant",
  "支付方": "Payer", "违约金": "Penalty", "每个周期": "Each period", "不足一个周期": "A part period", "计日方式": "Days counted",
  "按人计": "Per person", "宽限期": "Grace", "最长计算期间": "Accrues for at most", "最低金额": "Minimum", "最高金额": "Maximum",
  "起算时长": "Threshold", "每档时长": "Step", "每档金额": "Per step", "上限": "Cap", "上限方式": "Cap as",
  "上限比例（%）": "Cap rate (%)", "上限金额（元）": "Cap amount (CNY)", "上限适用于": "Cap applies to",
  "前提条件": "Preconditions", "书面催告次数": "Written reminders", "催告间隔不少于": "Reminders at least apart",
  "到期后起算": "Starts after due", "先限期整改，未整改才计违约金": "Rectification first; the penalty only if not rectified",
  "甲方（守约方）有权解除合同": "Termination right for the other party", "解除合同门槛": "Termination threshold",
  "违约金达到上限时": "When the cap is reached", "逾期超过（日）": "Late more than (days)",
  "另付一次性违约金": "One-time penalty in addition", "有权解除合同": "Termination right", "与原违约金的关系": "Relation to the penalty",
  "解除合同时的违约金": "Penalty on termination", "与此条款同时适用": "Applies alongside",
  "人员要求": "Staffing", "角色编号": "Role id", "最少人数": "Minimum people", "资格要求": "Qualifications", "人": "people",
  "最少工作年限": "Minimum years", "学历": "Education", "证书": "Certificates (one a line)", "每周驻场天数": "On-site days a week",
  "到岗期限": "On site within", "缺岗补员期限": "Vacancy filled within", "更换期限": "Replaced within", "更换须提前通知": "Change notice",
  "更换须经甲方同意": "A change needs consent", "到岗义务": "Start obligation", "更换义务": "Replacement obligation",
  "更换通知义务": "Change notice obligation", "更换违约条款": "Replacement penalty", "驻场记录的活动": "On-site activity",
  "合同编号（平台标识）": "Contract id (platform)", "小写字母、数字和连字符，如 c3-registration-2024；保存后不能更改":
    "Lower-case letters, digits and hyphens, e.g. c3-registration-2024; fixed once saved",
  "合同号": "Contract number", "合同名称": "Title", "签订日期": "Signed on", "生效日期": "Effective on", "服务期": "Term",
  "服务期开始": "Term starts", "服务期结束": "Term ends", "合同总额（元）": "Total (CNY)", "其中增值税（元）": "Of which VAT (CNY)",
  "币种": "Currency", "乙方异议期（日）": "Vendor's claim window (days)", "故障报告规则": "Incident reporting",
  "确认收到报告": "Acknowledge within", "记录期限": "Record within", "按量计费": "Usage pricing", "预估金额（元）": "Estimate (CNY)",
  "各渠道单价": "Prices by channel", "单价（元）": "Unit price (CNY)", "超出部分乙方承担比例（%）": "Overrun borne by the vendor (%)",
  "免费变更额度": "Free change budget", "免费人天": "Free person-days", "甲方（采购人）": "Institution (purchaser)",
  "乙方（供应商）": "Vendor (supplier)",
});
