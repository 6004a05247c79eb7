import type { Translations } from '@cadre/web/i18n';
import { learningEn } from './learning.en';
import { learningZhCN } from './learning.zh-CN';

/** Registered when the feature's routes are first entered. */
export const learningTranslations: Translations = { en: learningEn, 'zh-CN': learningZhCN };
