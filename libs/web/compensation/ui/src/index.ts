export * from './lib/statement-text';
export * from './lib/statement-view.component';
export * from './i18n/statement.translations';
export { statementEn } from './i18n/statement.en';
export { statementZhCN } from './i18n/statement.zh-CN';
