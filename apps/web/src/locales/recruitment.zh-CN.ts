/** 简体中文：胜任力模型与招聘中、功能之外的页面也会显示的用语（导航、审计日志中的阶段、错误代码）。其余用语在各功能中。 */
export const talentAndRecruitmentZh: Record<string, string> = {
  'common.remove': '移除',
  'common.yes': '是',
  'nav.recruitment': '招聘',
  'nav.talent': '胜任力模型',

  'talent.profile.competency': '能力项',
  'talent.profile.target': '目标等级',
  'talent.profile.mustHave': '必备',

  'recruitment.stages.applied': '已申请',
  'recruitment.stages.screening': '筛选',
  'recruitment.stages.interview': '面试',
  'recruitment.stages.assessment': '测评',
  'recruitment.stages.offer': '录用意向',
  'recruitment.stages.hired': '已录用',
  'recruitment.stages.rejected': '已拒绝',
  'recruitment.stages.withdrawn': '已撤回',
  'recruitment.owed.title': '待您提交的面试评分表',
  'recruitment.fit.gap': '差距',

  'errors.code.duplicate_candidate': '该候选人已存在。',
  'errors.code.already_applied': '该候选人已申请过此招聘需求。',
  'errors.code.requisition_closed': '此招聘需求不再接受申请。',
  'errors.code.placement_invalid': '无法安置新员工：该招聘需求的组织或用人经理已无效。请先修改招聘需求。',
  'errors.code.requisition_full': '此招聘需求已招满。',
  'errors.code.requisition_not_open': '请先开放招聘需求再录用。',
  'errors.code.not_at_offer': '请在录用通知阶段录用，或说明提前录用的原因。',
  'errors.code.application_closed': '此申请已结束。',
  'errors.code.invalid_status_change': '招聘需求不能变更为该状态。',
  'errors.code.code_taken': '该代码已被使用。',
  'errors.code.busy': '服务器繁忙，请一分钟后重试。',
};
