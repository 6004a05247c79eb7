import type { Translations } from '@cadre/web/i18n';
import { performanceEn } from './performance.en';
import { performanceZhCN } from './performance.zh-CN';

/** Registered when the feature's routes are first entered. */
export const performanceTranslations: Translations = { en: performanceEn, 'zh-CN': performanceZhCN };
