import type { Translations } from '@cadre/web/i18n';
import { homeEn } from './home.en';
import { homeZhCN } from './home.zh-CN';

/** Registered when the feature's routes are first entered. */
export const homeTranslations: Translations = { en: homeEn, 'zh-CN': homeZhCN };
