import type { Translations } from '@cadre/web/i18n';
import { careerEn } from './career.en';
import { careerZhCN } from './career.zh-CN';

/** Registered when the feature's routes are first entered. */
export const careerTranslations: Translations = { en: careerEn, 'zh-CN': careerZhCN };
