import { resource, type Type } from '@angular/core';

/** A part of a page that another context contributes, loaded when the page first needs it. */
export interface ContributedSection<C = unknown> {
  /** Stable name, e.g. `identity`, `recruitment`. */
  key: string;
  /** Lower comes first. */
  order: number;
  /** Loads the component, so no feature's code is in the first download. */
  load: () => Promise<Type<C>>;
}

/**
 * The sections a page shows, in order, their components loaded (call in an injection
 * context). A section whose code fails to load is left out and logged; the page stands.
 */
export function loadSections<C>(sections: () => readonly ContributedSection<C>[]) {
  return resource({
    params: sections,
    loader: async ({ params }) => {
      const ordered = [...params].sort((a, b) => a.order - b.order);
      const loaded = await Promise.allSettled(ordered.map((s) => s.load()));
      return ordered.flatMap((s, i) => {
        const result = loaded[i] as PromiseSettledResult<Type<C>>;
        if (result.status === 'fulfilled') return [{ key: s.key, component: result.value }];
        console.error(`The section "${s.key}" could not be loaded`, result.reason);
        return [];
      });
    },
  });
}
