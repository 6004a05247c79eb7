/** 个人资料与偏好：本功能的用语，简体中文。 */
export const profileZhCN: Record<string, string> = {
  'profile.title': '个人资料',
  'profile.details': '基本信息',
  'profile.directReports': '直接下属',
  'profile.preferences': '偏好设置',
  'profile.changePassword': '修改密码',
  'profile.currentPassword': '当前密码',
  'profile.newPassword': '新密码',
  'profile.confirmPassword': '再次输入新密码',
  'profile.mismatch': '两次输入的新密码不一致',
  'profile.passwordChanged': '密码已修改，您的其他会话已结束。',
};
