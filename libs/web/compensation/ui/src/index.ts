// The explanation's text and words live with the engine, so that the server's PDF says the same.
export {
  translateLine as explainLine,
  translateSettlement as explainSettlement,
  groupDigits,
  percent,
  statementEn,
  statementZhCN,
  type Translate,
} from '@cadre/compensation/engine';
export * from './lib/statement-view.component';
export * from './i18n/statement.translations';
