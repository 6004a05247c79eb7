import { bootstrapApplication } from '@angular/platform-browser';
import { SIGNED_IN_MARK } from '@cadre/web/core';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

prefetchFirstPage();
bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));

/**
 * The first page's code: the router asks for it only once Angular has started, and each
 * chunk's own imports only once it has arrived, one round trip after another on a phone's
 * connection. Start the pages people land on (the sign-in page; a returning user's shell
 * and home page) now, beside Angular's start-up; the router's own imports then find them
 * loaded (the same module is the same chunk). Nobody signed out downloads the shell.
 */
function prefetchFirstPage(): void {
  // A failure here is the router's to report when it loads the same chunk.
  const ignore = () => undefined;
  const path = location.pathname;
  if (path.startsWith('/login')) {
    import('@cadre/web/identity/feature-login').catch(ignore);
    return;
  }
  if (!hasSessionMark()) return;
  import('./app/layout/shell.routes').catch(ignore);
  if (path === '/') import('@cadre/web/identity/feature-home').catch(ignore);
}

function hasSessionMark(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_MARK) === '1';
  } catch {
    return false;
  }
}
