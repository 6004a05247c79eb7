import type { Translations } from '@cadre/web/i18n';
import { talentEn } from './talent.en';
import { talentZhCN } from './talent.zh-CN';

/** Registered when the feature's routes are first entered (and by its sections shown elsewhere). */
export const talentTranslations: Translations = { en: talentEn, 'zh-CN': talentZhCN };
