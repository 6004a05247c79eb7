import type { Translations } from '@cadre/web/i18n';
import { profileEn } from './profile.en';
import { profileZhCN } from './profile.zh-CN';

/** Registered when the feature's routes are first entered. */
export const profileTranslations: Translations = { en: profileEn, 'zh-CN': profileZhCN };
