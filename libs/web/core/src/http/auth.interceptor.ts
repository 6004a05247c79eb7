import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SessionStore } from '../session/session.store';

const withToken = (req: HttpRequest<unknown>, token: string | null) =>
  token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

/**
 * Adds the access token to API calls. On a 401 it refreshes once and retries; when the
 * refresh fails too, the session is over and the user goes to the sign-in page.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if (
    !req.url.startsWith('/api/') ||
    req.url.startsWith('/api/auth/login') ||
    req.url.startsWith('/api/auth/refresh') ||
    req.url.startsWith('/api/auth/logout')
  ) {
    return next(req);
  }
  return next(withToken(req, session.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((ok) => {
          if (ok) return next(withToken(req, session.accessToken()));
          void session.expire(router.url);
          return throwError(() => error);
        }),
      );
    }),
  );
};
