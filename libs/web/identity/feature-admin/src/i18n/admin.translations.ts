import type { Translations } from '@cadre/web/i18n';
import { adminEn } from './admin.en';
import { adminZhCN } from './admin.zh-CN';

/** Registered when the feature's routes are first entered. */
export const adminTranslations: Translations = { en: adminEn, 'zh-CN': adminZhCN };
