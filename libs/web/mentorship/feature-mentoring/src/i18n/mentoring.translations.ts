import type { Translations } from '@cadre/web/i18n';
import { mentoringEn } from './mentoring.en';
import { mentoringZhCN } from './mentoring.zh-CN';

/** Registered when the feature's routes are first entered. */
export const mentoringTranslations: Translations = { en: mentoringEn, 'zh-CN': mentoringZhCN };
