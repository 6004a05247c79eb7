import type { Translations } from '@cadre/web/i18n';
import { payEn } from './pay.en';
import { payZhCN } from './pay.zh-CN';

/** Registered when the feature's routes are first entered. */
export const payTranslations: Translations = { en: payEn, 'zh-CN': payZhCN };
