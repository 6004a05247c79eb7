import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree } from '@angular/router';
import type { Route, UrlSegment } from '@angular/router';
import type { TokenResponse } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { guestGuard, permissionGuard } from './guards';
import { SIGNED_IN_MARK } from './session.store';

/** What the server answers a refresh with, for a user holding `permissions`. */
const tokens = (permissions: TokenResponse['user']['permissions']): TokenResponse => ({
  accessToken: 'a',
  expiresIn: 900,
  refreshToken: 'r',
  user: {
    id: 'u',
    email: 'hr@cadre.test',
    displayName: 'HR',
    roles: ['hr'],
    permissions,
    employeeId: null,
    locale: 'en',
  },
});

/** This browser has signed in before: a refresh cookie may be there to trade. */
function signedInBefore(): void {
  localStorage.setItem(SIGNED_IN_MARK, '1');
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: TRANSLATIONS, useValue: { en: {}, 'zh-CN': {} } },
    ],
  });
}

describe('permissionGuard', () => {
  beforeEach(signedInBefore);
  afterEach(() => localStorage.clear());

  const run = () =>
    TestBed.runInInjectionContext(() =>
      permissionGuard('recruitment:manage')({} as Route, [] as UrlSegment[]),
    ) as Promise<boolean | UrlTree>;

  it('restores the session from the refresh cookie before deciding (a deep link in a new tab)', async () => {
    const decision = run();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/refresh')
      .flush(tokens(['recruitment:manage']));
    expect(await decision).toBe(true);
  });

  const runEither = (permissions: TokenResponse['user']['permissions']) => {
    const decision = TestBed.runInInjectionContext(() =>
      permissionGuard('users:manage', 'audit:read')({} as Route, [] as UrlSegment[]),
    ) as Promise<boolean | UrlTree>;
    TestBed.inject(HttpTestingController).expectOne('/api/auth/refresh').flush(tokens(permissions));
    return decision;
  };

  it('lets in someone holding any one of the permissions a mount names', async () => {
    expect(await runEither(['audit:read'])).toBe(true);
  });

  it('sends home someone holding none of the permissions a mount names', async () => {
    const refused = await runEither(['employees:read', 'recruitment:manage']);
    expect(refused instanceof UrlTree && TestBed.inject(Router).serializeUrl(refused)).toBe('/');
  });

  it('sends someone without the permission home', async () => {
    const decision = run();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/refresh')
      .flush(tokens(['self-service']));
    const result = await decision;
    expect(result instanceof UrlTree && TestBed.inject(Router).serializeUrl(result)).toBe('/');
  });

  it('does not ask the server to refresh a session this browser never had (no 401 on a first visit)', async () => {
    localStorage.clear();
    const result = await run();
    TestBed.inject(HttpTestingController).expectNone('/api/auth/refresh');
    expect(result instanceof UrlTree && TestBed.inject(Router).serializeUrl(result)).toBe('/login');
  });

  it('sends a signed-out visitor to sign in, and back to the page they asked for afterwards', async () => {
    localStorage.clear();
    const router = TestBed.inject(Router);
    router.resetConfig([
      { path: 'login', children: [] },
      {
        path: 'people',
        canMatch: [permissionGuard('people:browse')],
        children: [{ path: '**', children: [] }],
      },
    ]);
    await router.navigateByUrl('/people/e-42');
    expect(router.url).toBe('/login?returnUrl=%2Fpeople%2Fe-42');
  });

  it('forgets the mark when the refresh is refused, so the next visit asks no more', async () => {
    const decision = run();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/refresh')
      .flush({}, { status: 401, statusText: 'Unauthorized' });
    await decision;
    expect(localStorage.getItem(SIGNED_IN_MARK)).toBeNull();
  });
});

describe('guestGuard', () => {
  beforeEach(signedInBefore);
  afterEach(() => localStorage.clear());

  const run = () =>
    TestBed.runInInjectionContext(() => guestGuard({} as never, {} as never)) as Promise<boolean | UrlTree>;

  it('sends home someone whose session the refresh cookie restores (/login opened while signed in)', async () => {
    const decision = run();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/refresh')
      .flush(tokens(['self-service']));
    const result = await decision;
    expect(result instanceof UrlTree && TestBed.inject(Router).serializeUrl(result)).toBe('/');
  });

  it('shows the sign-in page when there is no session to restore', async () => {
    const decision = run();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/refresh')
      .flush({ message: 'no session' }, { status: 401, statusText: 'Unauthorized' });
    expect(await decision).toBe(true);
  });
});
