import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

export type ThemeMode = 'light' | 'dark' | 'system';
const STORAGE_KEY = 'cadre.theme';

/** Light, dark or the system's choice; remembered in the browser. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  readonly mode = signal<ThemeMode>(this.stored());

  constructor() {
    this.apply(this.mode());
  }

  set(mode: ThemeMode): void {
    this.mode.set(mode);
    this.apply(mode);
    try {
      localStorage.setItem(STORAGE_KEY, mode);
    } catch {
      // not persisted in private mode
    }
  }

  private apply(mode: ThemeMode): void {
    // theme.scss uses light-dark(); color-scheme picks the side.
    this.document.documentElement.style.colorScheme = mode === 'system' ? 'light dark' : mode;
    this.document.documentElement.dataset['theme'] = mode;
  }

  private stored(): ThemeMode {
    try {
      const value = localStorage.getItem(STORAGE_KEY);
      if (value === 'light' || value === 'dark' || value === 'system') return value;
    } catch {
      // default below
    }
    return 'system';
  }
}
