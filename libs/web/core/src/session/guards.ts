import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Permission } from '@cadre/shared/contracts';
import { SessionStore } from './session.store';

/** Signed-in users only; the first navigation tries to restore the session from the cookie. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if (session.isSignedIn() || (await session.refresh())) return true;
  return router.createUrlTree(['/login'], {
    queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
  });
};

/**
 * Routes that need a permission (any one of those named, for a mount whose pages each need
 * their own); others never see them (the menu hides them too).
 * canMatch runs before the parent's authGuard, so a deep link opened in a new tab must
 * restore the session here first.
 */
export const permissionGuard =
  (...anyOf: [Permission, ...Permission[]]): CanMatchFn =>
  async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    if (!session.isSignedIn() && !(await session.refresh())) {
      // Signed out: sign in first, then come back to the page asked for.
      const returnUrl = router.currentNavigation()?.extractedUrl.toString();
      return router.createUrlTree(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
    }
    return anyOf.some((permission) => session.hasPermission(permission)) ? true : router.createUrlTree(['/']);
  };

/** The sign-in page sends a signed-in user home. */
export const guestGuard: CanActivateFn = async () => {
  // Both before the first await: inject() only works while the guard starts.
  const session = inject(SessionStore);
  const router = inject(Router);
  if (session.isSignedIn() || (await session.refresh())) return router.createUrlTree(['/']);
  return true;
};
