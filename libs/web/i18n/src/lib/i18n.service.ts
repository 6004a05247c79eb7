import {
  DOCUMENT,
  Injectable,
  InjectionToken,
  computed,
  inject,
  provideEnvironmentInitializer,
  signal,
  type EnvironmentProviders,
} from '@angular/core';
import { LOCALES, type Bilingual, type Locale } from '@cadre/shared/contracts';

/** A flat dictionary: key -> text, with `{name}` placeholders. */
export type Dictionary = Readonly<Record<string, string>>;

/** One dictionary per shipped locale. */
export type Translations = Readonly<Record<Locale, Dictionary>>;

/** The app provides the words every screen shares (common, errors, navigation...). */
export const TRANSLATIONS = new InjectionToken<Translations>('TRANSLATIONS');

/**
 * A feature's own words, added when its routes are first entered (put it in the feature
 * routes' `providers`), so no feature's dictionary is in the first download.
 */
export function provideTranslations(translations: Translations): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).register(translations));
}

const STORAGE_KEY = 'cadre.locale';

/**
 * Runtime translation: the language switches without a reload and is remembered in the
 * browser (and, once signed in, on the user's account).
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(initialLocale());
  /** The app's words, then each feature's as it registers them. */
  private readonly registered = signal<readonly Translations[]>([inject(TRANSLATIONS)]);
  private readonly merged = computed(() => {
    const all = this.registered();
    return Object.fromEntries(
      LOCALES.map((locale) => [locale, Object.assign({}, ...all.map((t) => t[locale])) as Dictionary]),
    ) as Translations;
  });

  readonly locale = this.current.asReadonly();
  readonly dictionary = computed(() => this.merged()[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  use(locale: Locale): void {
    if (!LOCALES.includes(locale)) return;
    this.current.set(locale);
    this.document.documentElement.lang = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }

  /** Data that carries both languages (a competency's name), in the reader's; the other if empty. */
  pick(value: Bilingual): string {
    return this.current() === 'zh-CN' ? value.zh || value.en : value.en || value.zh;
  }

  /** Adds a feature's words; registering the same dictionaries again changes nothing. */
  register(translations: Translations): void {
    if (!this.registered().includes(translations)) this.registered.update((all) => [...all, translations]);
  }

  /** The text for a key; an unknown key shows itself, so a gap is visible rather than blank. */
  t(key: string, params?: Record<string, string | number | null | undefined>): string {
    const text = this.dictionary()[key] ?? this.merged().en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? whole : String(value);
    });
  }
}

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  } catch {
    // fall through to the browser's language
  }
  const browser = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
