import type { Translations } from '@cadre/web/i18n';
import { loginEn } from './login.en';
import { loginZhCN } from './login.zh-CN';

/** Registered when the feature's routes are first entered. */
export const loginTranslations: Translations = { en: loginEn, 'zh-CN': loginZhCN };
