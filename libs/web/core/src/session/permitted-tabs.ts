import { computed, inject, type Signal } from '@angular/core';
import type { Permission } from '@cadre/shared/contracts';
import { I18n } from '@cadre/web/i18n';
import { SessionStore } from './session.store';

/** A screen of one part of Cadre, shown as a tab to those with the permission. */
export interface PermittedTab {
  path: string;
  /** The dictionary key of its label. */
  key: string;
  permission: Permission;
}

/**
 * The tabs the reader may open, labelled in their language (for `cadre-section-tabs`).
 * Call in a component's field initialisers.
 */
export function permittedTabs(tabs: readonly PermittedTab[]): Signal<{ path: string; label: string }[]> {
  const session = inject(SessionStore);
  const i18n = inject(I18n);
  return computed(() =>
    tabs
      .filter((t) => session.hasPermission(t.permission))
      .map((t) => ({ path: t.path, label: i18n.t(t.key) })),
  );
}
