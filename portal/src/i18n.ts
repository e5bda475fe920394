import { useSyncExternalStore } from "react";

// Simplified Chinese first; English on request, remembered in localStorage so the choice survives sign-out.
export type Lang = "zh" | "en";
const storageKey = "vg.lang";
let current: Lang = (localStorage.getItem(storageKey) as Lang) === "en" ? "en" : "zh";
const listeners = new Set<() => void>();

export function setLang(lang: Lang) {
  current = lang;
  localStorage.setItem(storageKey, lang);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  listeners.forEach((l) => l());
}
document.documentElement.lang = current === "zh" ? "zh-CN" : "en";

export function useLang(): Lang {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => current);
}

const en: Record<string, string> = {
  "VendorGrid 合同履约平台": "VendorGrid contract obligations",
  "登录": "Sign in", "退出登录": "Sign out", "用户名": "Username", "密码": "Password", "确认密码": "Confirm password",
  "正在登录…": "Signing in…", "用户名或密码不正确": "Wrong username or password",
  "请输入用户名": "Enter your username", "请输入密码": "Enter your password",
  "加载中…": "Loading…", "暂无数据": "Nothing here yet", "重试": "Retry",
  "首页": "Home", "合同": "Contracts", "管理": "Administration", "语言": "Language",
  "机构工作台": "Institution dashboard", "供应商工作台": "Vendor dashboard", "平台管理": "Platform administration",
  "7 天内到期": "Due in the next 7 days", "已逾期": "Late", "待确认违约金": "Penalties proposed", "已确认违约金": "Penalties confirmed",
  "下一笔付款": "Next payment", "应付": "Gross", "扣减": "Deductions", "实付": "Net", "到期": "Due",
  "截止日历": "Deadline calendar", "月视图": "Month", "列表": "List", "上个月": "Previous month", "下个月": "Next month",
  "工作日": "Working day", "节假日": "Holiday", "调休上班": "Make-up working day", "闭馆日": "Closure", "周末": "Weekend",
  "合同列表": "Contracts", "合同编号": "Number", "名称": "Title", "甲方": "Institution", "乙方": "Vendor",
  "金额": "Amount", "期限": "Term", "状态": "Status", "正常": "Healthy", "需关注": "Needs attention", "有风险": "At risk",
  "合同详情": "Contract", "当事方": "Parties", "合同金额": "Contract amount", "大写": "In words", "查看日期": "As of",
  "今天": "Today", "履约义务": "Obligations", "违约金台账": "Penalty ledger", "付款计划": "Payments", "审计记录": "Audit trail",
  "条款": "Clause", "依据": "Basis", "操作": "Actions", "确认": "Confirm", "免除": "Waive", "异议": "Dispute",
  "原因": "Reason", "请填写原因": "Enter a reason", "提交": "Submit", "取消": "Cancel",
  "确认金额": "Amount to confirm", "金额须在区间内": "The amount must be inside the range",
  "异议期至": "Dispute window ends", "提交交付物": "Submit deliverable", "已提交": "Submitted",
  "未找到该合同": "This contract was not found", "返回首页": "Back to home",
  "待办": "Open", "已完成": "Met", "逾期": "Late", "违约": "Breached", "视为通过": "Deemed approved", "已免除": "Waived",
  "待确认": "Proposed", "已确认": "Confirmed", "视为确认": "Deemed confirmed", "有异议": "Disputed",
  "计划": "Scheduled", "待开票": "Awaiting invoice", "应付款": "Due", "已逾期付款": "Overdue", "已付": "Paid",
  "义务方": "Party", "截止时间": "Due", "逾期天数": "Days late", "机构": "Institution",
  "入驻机构": "Onboard an institution", "入驻供应商": "Onboard a vendor", "统一社会信用代码或标识": "USCC or id",
  "名称必填": "Name is required", "标识须为18位统一社会信用代码或含连字符的小写标识":
    "The id must be an 18-character USCC or a lower-case slug with a hyphen",
  "首位管理员": "First administrator", "邮箱": "E-mail", "姓名": "Name", "创建邀请": "Create invitation",
  "邀请链接": "Invitation link", "已入驻": "Onboarded", "集群": "Cluster", "任务面板": "Jobs dashboard",
  "加入中": "Joining", "运行中": "Active", "排空中": "Draining", "停止中": "Stopping", "排空": "Drain", "排空节点": "Drain silo", "已停止": "Dead",
  "其上的实例将迁移到其他节点，然后该节点退出。": "Its grains move to the other silos, then it exits.",
  "最后一个运行中的节点不能排空": "The last active silo cannot be drained", "运行中的节点": "Active silos",
  "扩缩容建议": "Scaling guidance", "Orleans 仪表板": "Orleans Dashboard",
  "对账单": "Statements", "工程师": "Engineers", "工作日历": "Calendar", "日历订阅": "Calendar feeds", "通知收件箱": "Inboxes",
  "平台目录": "Platform directory", "集群管理": "Cluster admin", "任务管理": "Jobs admin", "节点控制": "Silo control", "Orleans 管理": "Orleans management",
  "所有运行中的节点 CPU 均高于 70%：请增加一个节点（Kubernetes：调大 vendorgrid-silo 的副本数）。":
    "Every active silo is above 70% CPU: add a silo (Kubernetes: raise the vendorgrid-silo replicas).",
  "CPU 低于 70% 时无需扩容；新节点加入后，新激活的实例会优先放到空闲节点。":
    "Below 70% CPU no silo is needed; a silo that joins takes new activations first.",
  "缩容或升级前先排空节点：其实例迁移到其他节点后该节点自行退出，请求不会失败。最后一个运行中的节点不能排空。":
    "Before scaling in or upgrading, drain a silo: its grains move, then it exits, and no request fails. The last active silo cannot be drained.",
  "节点异常退出时，其他节点约 6 秒后判定其失效并接管其实例；期间的写入会延迟而不会丢失。":
    "When a silo crashes, the others declare it dead after about 6 s and take over its grains; writes meanwhile are delayed, not lost.",
  "接受邀请": "Accept invitation", "设置密码": "Set a password", "两次输入的密码不一致": "The passwords differ",
  "密码至少 10 位": "At least 10 characters", "邀请已接受，请登录": "Invitation accepted; please sign in",
  "邀请邮件已发送至": "Invitation e-mailed to", "现有密码": "Your current password", "密码不正确": "Wrong password",
  "该邮箱已有账户，请输入现有密码，新身份将加入该账户": "This address already has an account: enter its password and the new role joins it",
  "忘记密码？": "Forgot your password?", "重置密码": "Reset password", "发送重置链接": "Send a reset link",
  "如该邮箱有账户，重置链接已发送，60 分钟内有效": "If the address has an account, a reset link is on its way (valid 60 minutes)",
  "新密码": "New password", "链接无效或已过期，请重新申请": "The link is invalid or has expired; ask for a new one",
  "密码已重置，请登录": "Password reset; please sign in", "尝试次数过多，请稍后再试": "Too many attempts; try again later",
  "切换身份": "Switch role", "平台": "Platform",
  "导出 Excel": "Export to Excel", "违约金敞口": "Penalty exposure", "上限": "Cap", "按月准时率": "On-time rate by month",
  "供应商": "Vendor", "交付物已提交": "Deliverable submitted", "已提出异议": "Dispute recorded", "已确认该违约金": "Penalty confirmed",
  "已免除该违约金": "Penalty waived", "邮箱格式不正确": "Not a valid e-mail address", "姓名必填": "Name is required",
  "终止权": "Termination rights", "暂无违约金": "No penalties", "暂无付款": "No payments", "暂无义务": "No obligations",
  "暂无审计记录": "No audit entries", "时间": "Time", "操作人": "By", "请求": "Request", "结果": "Result",
  "总计": "Total", "月度对账单": "Monthly statement", "当前用户": "Signed in as", "跳到主要内容": "Skip to main content",
  "提交失败": "Not sent", "页面不存在": "Page not found", "签订": "Signed", "开始": "Start", "结束": "End",
  "增值税": "VAT", "联系人": "Contacts", "地址": "Address", "按机构与截止日期分组": "Grouped by institution and due date",
  "我的义务": "My obligations", "事件": "Incidents", "人员": "Staffing", "评价": "Evaluations", "验收": "Acceptance",
  "周一": "Mon", "周二": "Tue", "周三": "Wed", "周四": "Thu", "周五": "Fri", "周六": "Sat", "周日": "Sun",
  "请先登录": "Please sign in", "您没有权限执行此操作": "You may not do this", "未找到": "Not found",
  "该操作与当前状态冲突": "This conflicts with the current state", "提交的内容过大": "Too much data sent",
  "提交的内容有误，请检查标出的字段": "Some fields are not valid; see the marked fields",
  "请求过于频繁，请稍后再试": "Too many requests; try again shortly", "服务暂时不可用，请稍后再试": "The service is unavailable; try again later",
  "无法连接服务器，请检查网络": "Cannot reach the server; check the network",
  "用户": "Users", "角色": "Role", "创建时间": "Created", "已停用": "Disabled", "停用": "Disable", "邀请用户": "Invite a user",
  "机构管理员": "Institution admin", "机构职员": "Institution staff", "供应商用户": "Vendor user", "平台管理员": "Platform admin",
  "刷新": "Refresh", "活动实例": "Activations", "已停止的节点": "Stopped silos", "节点": "Silo", "启动时间": "Started",
  "按类型": "By grain type", "内存": "Memory",
  "岗位": "Role", "要求": "Required", "已派": "Assigned", "在岗": "Present", "合格": "Qualified", "空缺": "Vacant", "自": "since",
  "图表的文字说明": "Text alternative of the chart", "月份": "Month", "准时率": "On-time rate", "暂无可统计的义务": "No obligations to count yet",
  "本合同不含此项": "Not part of this contract", "暂无事件": "No incidents", "报修时间": "Reported", "计时": "Clock",
  "时限": "Due", "完成时间": "Met at", "未开始": "Not started", "计时中": "Running", "按时完成": "Met in time",
  "超时完成": "Met late", "已超时": "Missed", "无需": "Not needed", "一般": "Normal", "重大": "Major", "紧急": "Emergency",
  "报修": "Reported", "已响应": "Responded", "已到场": "On site", "远程支持": "Remote support", "已恢复": "Restored",
  "启动应急预案": "Emergency plan started", "已关闭": "Closed", "暂无计时": "No clocks", "响应事件": "Answer the incident",
  "步骤": "Step", "时间（北京时间）": "Time (Beijing)", "请填写时间": "Enter a time", "已记录事件响应": "Incident answer recorded",
  "下载对账单": "Download statement", "打印版": "Printable", "打印预览": "Print view", "暂无已出具的对账单": "No statements issued yet", "已出具的对账单": "Issued statements",
  "考核评价": "Evaluations", "合格线": "Pass mark", "暂无考核记录": "No evaluations yet", "期间": "Period", "总分": "Total",
  "备注": "Note", "考核合格": "Passed", "考核不合格": "Failed", "记录考核": "Record an evaluation", "已记录考核评价": "Evaluation recorded",
  "请选择月份": "Choose a month", "分数须在 0 到上限之间": "The score must be between 0 and the maximum",
  "验收清单": "Acceptance checklist", "已验收": "Accepted", "资料齐备，可以验收": "Every document is in; ready for acceptance",
  "资料尚未齐备": "Documents outstanding", "本合同无验收资料": "No acceptance documents in this contract", "资料": "Document",
  "审核": "Review", "审核期至": "Review due", "待提交": "To submit", "待审核": "Awaiting review", "已通过": "Approved",
  "已退回": "Rejected", "提交资料": "Submit document", "资料已提交": "Document submitted", "审核结果已记录": "Review recorded",
  "确认验收": "Confirm acceptance", "已确认验收": "Acceptance confirmed", "通过": "Approve", "退回": "Reject",
  "登录已过期，请重新登录": "Your session has ended; please sign in again", "评价时间（北京时间）": "Evaluated at (Beijing)",
};

/** Chinese text is the key: the page reads naturally in the source, and a missing translation falls back to Chinese. */
export function t(zh: string, lang: Lang = current): string {
  return lang === "en" ? en[zh] || zh : zh;
}
