import type { Translations } from '@cadre/web/i18n';
import { statementEn } from './statement.en';
import { statementZhCN } from './statement.zh-CN';

/** Provided by every feature that shows a statement (the simulator, My pay, approvals). */
export const statementTranslations: Translations = { en: statementEn, 'zh-CN': statementZhCN };
