import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { LOCALES, type Locale } from '@cadre/shared/contracts';

/** A flat dictionary: key -> text, with `{name}` placeholders. */
export type Dictionary = Readonly<Record<string, string>>;

/** The app provides one dictionary per shipped locale. */
export const TRANSLATIONS = new InjectionToken<Readonly<Record<Locale, Dictionary>>>('TRANSLATIONS');

const STORAGE_KEY = 'cadre.locale';

/**
 * Runtime translation: the language switches without a reload and is remembered in the
 * browser (and, once signed in, on the user's account).
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly dictionaries = inject(TRANSLATIONS);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(initialLocale());

  readonly locale = this.current.asReadonly();
  readonly dictionary = computed(() => this.dictionaries[this.current()]);

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

  /** The text for a key; an unknown key shows itself, so a gap is visible rather than blank. */
  t(key: string, params?: Record<string, string | number | null | undefined>): string {
    const text = this.dictionary()[key] ?? this.dictionaries.en[key] ?? key;
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
