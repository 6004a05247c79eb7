export * from './lib/decimal';
export * from './lib/currency';
export * from './lib/periods';
export * from './lib/model';
export * from './lib/statement';
export * from './lib/validate';
export * from './lib/totals';
export * from './lib/evaluate';
export * from './lib/simulate';
export * from './lib/explain';
export * from './lib/problems';
// A statement explained in the reader's language (explain.ts is the command line's English).
export {
  explainLine as translateLine,
  explainSettlement as translateSettlement,
  groupDigits,
  percent,
  wordsOf,
  type Translate,
} from './lib/statement-text';
export { statementEn } from './lib/statement-words.en';
export { statementZhCN } from './lib/statement-words.zh-CN';
