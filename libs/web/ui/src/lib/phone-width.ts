import { inject, type Signal } from '@angular/core';
import { BreakpointObserver } from '@angular/cdk/layout';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** The width below which Cadre lays screens out for a phone (as the stylesheets' media queries). */
export const PHONE_WIDTH_QUERY = '(max-width: 599.98px)';

/** Whether the screen is phone-width now, following resizes (call in an injection context). */
export function phoneWidth(): Signal<boolean> {
  return toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_WIDTH_QUERY)
      .pipe(map((state) => state.matches)),
    {
      initialValue: false,
    },
  );
}
