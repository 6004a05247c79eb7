import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { TokenResponse } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { SessionStore } from '../session/session.store';
import { authInterceptor } from './auth.interceptor';

const tokens = (accessToken: string): TokenResponse => ({
  accessToken,
  expiresIn: 900,
  refreshToken: 'r',
  user: {
    id: 'u1',
    email: 'rep@cadre.test',
    displayName: 'Rep',
    roles: ['rep'],
    permissions: ['self-service'],
    employeeId: 'e1',
    locale: 'en',
  },
});

describe('authInterceptor with the session store', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: TRANSLATIONS, useValue: { en: {}, 'zh-CN': {} } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => backend.verify());

  async function signIn(): Promise<void> {
    const done = session.login('rep@cadre.test', 'pw');
    backend.expectOne('/api/auth/login').flush(tokens('first'));
    await done;
  }

  it('sends the access token to the API', async () => {
    await signIn();
    const call = firstValueFrom(http.get('/api/me'));
    const req = backend.expectOne('/api/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer first');
    req.flush({});
    await call;
    expect(session.user()?.email).toBe('rep@cadre.test');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    await signIn();
    const call = firstValueFrom(http.get<{ ok: boolean }>('/api/me'));
    backend.expectOne('/api/me').flush({}, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(tokens('second'));
    await new Promise((r) => setTimeout(r));
    const retry = backend.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer second');
    retry.flush({ ok: true });
    expect(await call).toEqual({ ok: true });
  });

  it('ends the session and goes to sign-in when the refresh fails too', async () => {
    await signIn();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const call = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush({}, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(session.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(
      ['/login'],
      expect.objectContaining({ queryParams: expect.objectContaining({ expired: 1 }) }),
    );
  });

  it('never adds a token to sign-in calls', async () => {
    await signIn();
    void firstValueFrom(http.post('/api/auth/logout', {}));
    expect(backend.expectOne('/api/auth/logout').request.headers.has('Authorization')).toBe(false);
  });

  it('asks for one refresh however many calls need it', async () => {
    const a = session.refresh();
    const b = session.refresh();
    backend.expectOne('/api/auth/refresh').flush(tokens('x'));
    expect(await a).toBe(true);
    expect(await b).toBe(true);
  });
});
