import type { Translations } from '@cadre/web/i18n';
import { recruitmentEn } from './recruitment.en';
import { recruitmentZhCN } from './recruitment.zh-CN';

/** Registered when the feature's routes are first entered (and by its sections shown elsewhere). */
export const recruitmentTranslations: Translations = { en: recruitmentEn, 'zh-CN': recruitmentZhCN };
