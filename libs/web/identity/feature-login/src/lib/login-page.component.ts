import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import type { Locale } from '@cadre/shared/contracts';
import { describeError, SessionStore, submission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';

@Component({
  selector: 'cadre-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="login">
      <mat-card appearance="outlined" class="card">
        <mat-card-header>
          <img mat-card-avatar src="favicon.svg" alt="" />
          <mat-card-title
            ><h1>{{ 'app.name' | t }}</h1></mat-card-title
          >
          <mat-card-subtitle>{{ 'login.tagline' | t }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          @if (expired()) {
            <p class="notice" role="status">{{ 'login.expired' | t }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field>
              <mat-label>{{ 'login.email' | t }}</mat-label>
              <input
                matInput
                type="email"
                formControlName="email"
                autocomplete="username"
                required
                data-testid="login-email"
              />
              @if (form.controls.email.hasError('required')) {
                <mat-error>{{ 'validation.required' | t }}</mat-error>
              } @else if (form.controls.email.hasError('email')) {
                <mat-error>{{ 'validation.email' | t }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'login.password' | t }}</mat-label>
              <input
                matInput
                [type]="showPassword() ? 'text' : 'password'"
                formControlName="password"
                autocomplete="current-password"
                required
                data-testid="login-password"
              />
              <button
                mat-icon-button
                matSuffix
                type="button"
                (click)="showPassword.set(!showPassword())"
                [attr.aria-label]="(showPassword() ? 'login.hidePassword' : 'login.showPassword') | t"
                [attr.aria-pressed]="showPassword()"
              >
                <mat-icon>{{ showPassword() ? 'visibility_off' : 'visibility' }}</mat-icon>
              </button>
              @if (form.controls.password.hasError('required')) {
                <mat-error>{{ 'validation.required' | t }}</mat-error>
              }
            </mat-form-field>
            @if (error()) {
              <p class="error" role="alert" data-testid="login-error">{{ error() }}</p>
            }
            <button
              mat-flat-button
              type="submit"
              class="submit"
              [disabled]="busy()"
              data-testid="login-submit"
            >
              @if (busy()) {
                <mat-spinner diameter="18" />
              }
              {{ 'login.submit' | t }}
            </button>
          </form>
        </mat-card-content>
        <mat-card-actions align="end">
          <div class="languages" role="group" [attr.aria-label]="'nav.language' | t">
            <button mat-button type="button" (click)="use('en')" [attr.aria-pressed]="i18n.locale() === 'en'">
              English
            </button>
            <button
              mat-button
              type="button"
              (click)="use('zh-CN')"
              [attr.aria-pressed]="i18n.locale() === 'zh-CN'"
              data-testid="login-chinese"
            >
              简体中文
            </button>
          </div>
        </mat-card-actions>
      </mat-card>
    </main>
  `,
  styles: `
    .login {
      min-height: 100vh;
      display: grid;
      place-items: center;
      padding: 16px;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-low);
    }
    .card {
      width: min(420px, 100%);
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin-top: 16px;
    }
    .submit {
      height: 44px;
    }
    .submit mat-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
    .notice {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
    .languages button[aria-pressed='true'] {
      font-weight: 700;
    }
  `,
})
export class LoginPageComponent {
  protected readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Where to go after signing in (set by the guard). */
  readonly returnUrl = input<string | undefined>(undefined);
  readonly expired = input<string | undefined>(undefined);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  /** The last failure in the language chosen now: the page offers a switch right beside it. */
  protected readonly error = computed(() => {
    const failure = this.submission.failure();
    return failure ? describeError(this.i18n, failure) : null;
  });
  protected readonly showPassword = signal(false);

  protected use(locale: Locale): void {
    this.i18n.use(locale);
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.submission.clear();
      return;
    }
    await this.submission.run(async () => {
      const { email, password } = this.form.getRawValue();
      await this.session.login(email, password);
      const target = this.returnUrl();
      await this.router.navigateByUrl(
        target && target.startsWith('/') && !target.startsWith('//') ? target : '/',
      );
    });
  }
}
