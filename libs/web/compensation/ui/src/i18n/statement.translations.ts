import type { Translations } from '@cadre/web/i18n';
import { statementEn, statementZhCN } from '@cadre/compensation/engine';

/** Provided by every feature that shows a statement (the simulator, My pay, approvals). */
export const statementTranslations: Translations = { en: statementEn, 'zh-CN': statementZhCN };
