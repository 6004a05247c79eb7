import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { LoginPageComponent } from './login-page.component';

const dictionary = {
  'validation.required': 'Required',
  'validation.email': 'Enter an email address',
  'errors.code.too_many_attempts': 'Too many attempts. Try again in {minutes} minutes.',
  'errors.code.unauthenticated': 'The email or password is not right.',
};

describe('LoginPageComponent', () => {
  async function render(returnUrl?: string) {
    TestBed.configureTestingModule({
      imports: [LoginPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } },
      ],
    });
    const fixture = TestBed.createComponent(LoginPageComponent);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (testId: string, value: string) => {
      const input = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (el.querySelector('[data-testid="login-submit"]') as HTMLButtonElement).click();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const settle = async () => {
      await new Promise((done) => setTimeout(done));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, el, type, submit, settle, backend: TestBed.inject(HttpTestingController) };
  }

  it('does not call the server with an empty form, and says what is missing', async () => {
    const { el, submit, backend } = await render();
    await submit();
    expect(el.textContent).toContain('Required');
    backend.expectNone('/api/auth/login');
  });

  it('shows the throttling message in minutes', async () => {
    const { el, type, submit, settle, backend } = await render();
    type('login-email', 'rep@cadre.test');
    type('login-password', 'wrong');
    await submit();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, code: 'too_many_attempts', message: 'Too many', retryAfterSeconds: 300 },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();
    expect(el.querySelector('[data-testid="login-error"]')?.textContent).toContain('Try again in 5 minutes');
  });

  it('goes to the page the user first asked for after signing in, but never off-site', async () => {
    const { type, submit, settle, backend, fixture } = await render('/people');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('login-email', 'hr@cadre.test');
    type('login-password', 'cadre-demo');
    await submit();
    backend.expectOne('/api/auth/login').flush({
      accessToken: 'a',
      expiresIn: 900,
      refreshToken: 'r',
      user: {
        id: 'u',
        email: 'hr@cadre.test',
        displayName: 'HR',
        roles: ['hr'],
        permissions: [],
        employeeId: null,
        locale: 'en',
      },
    });
    await settle();
    backend.match('/api/me/preferences').forEach((r) => r.flush({}));
    expect(navigate).toHaveBeenCalledWith('/people');

    fixture.componentRef.setInput('returnUrl', '//evil.example');
    await submit();
    backend.expectOne('/api/auth/login').flush({
      accessToken: 'a',
      expiresIn: 900,
      refreshToken: 'r',
      user: {
        id: 'u',
        email: 'hr@cadre.test',
        displayName: 'HR',
        roles: ['hr'],
        permissions: [],
        employeeId: null,
        locale: 'en',
      },
    });
    await settle();
    expect(navigate).toHaveBeenLastCalledWith('/');
  });
});
