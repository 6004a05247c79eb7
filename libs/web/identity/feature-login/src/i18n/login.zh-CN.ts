/** 登录：本功能的用语，简体中文。 */
export const loginZhCN: Record<string, string> = {
  'login.tagline': '招聘、入职、辅导、成长与激励，一个系统管好销售团队',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.showPassword': '显示密码',
  'login.hidePassword': '隐藏密码',
  'login.submit': '登录',
  'login.expired': '会话已结束，请重新登录。',
};
