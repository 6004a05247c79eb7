import type { Translations } from '@cadre/web/i18n';
import { compensationEn } from './compensation.en';
import { compensationZhCN } from './compensation.zh-CN';

/** Registered when the feature's routes are first entered (and by its sections shown elsewhere). */
export const compensationTranslations: Translations = { en: compensationEn, 'zh-CN': compensationZhCN };
