import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { MIN_PASSWORD_LENGTH, type Locale } from '@cadre/shared/contracts';
import {
  controlMessage,
  ErrorTextPipe,
  formSubmission,
  Notifier,
  SessionStore,
  type ThemeMode,
  ThemeService,
} from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';

const sameAsNew = (group: AbstractControl): ValidationErrors | null =>
  group.get('newPassword')?.value === group.get('confirmPassword')?.value ? null : { mismatch: true };

/** My account and employee record, my password, my language and theme. */
@Component({
  selector: 'cadre-profile-page',
  imports: [
    ErrorTextPipe,
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatButtonToggleModule,
    TranslatePipe,
    LocalDatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'profile.title' | t" />
      <div class="columns">
        <mat-card appearance="outlined">
          <mat-card-header
            ><mat-card-title>{{ 'profile.details' | t }}</mat-card-title></mat-card-header
          >
          <mat-card-content>
            @if (profile.isLoading()) {
              <cadre-loading [label]="'common.loading' | t" />
            } @else if (profile.error()) {
              <cadre-error-state
                [message]="profile.error() | errorText"
                [retryLabel]="'common.retry' | t"
                (retry)="profile.reload()"
              />
            } @else if (profile.hasValue()) {
              @let p = profile.value();
              <dl class="details" data-testid="profile-details">
                <dt>{{ 'users.displayName' | t }}</dt>
                <dd>{{ p.user.displayName }}</dd>
                <dt>{{ 'users.email' | t }}</dt>
                <dd>{{ p.user.email }}</dd>
                <dt>{{ 'users.roles' | t }}</dt>
                <dd>{{ roleNames(p.user.roles) }}</dd>
                @if (p.employee; as e) {
                  <dt>{{ 'people.jobTitle' | t }}</dt>
                  <dd>{{ e.jobTitle }}</dd>
                  <dt>{{ 'people.unit' | t }}</dt>
                  <dd>{{ pathText(p.orgUnitPath) }}</dd>
                  <dt>{{ 'people.manager' | t }}</dt>
                  <dd>{{ p.manager?.fullName ?? ('home.me.noManager' | t) }}</dd>
                  <dt>{{ 'people.hireDate' | t }}</dt>
                  <dd>{{ e.hireDate | localDate }}</dd>
                  @if (p.directReports > 0) {
                    <dt>{{ 'profile.directReports' | t }}</dt>
                    <dd>{{ p.directReports }}</dd>
                  }
                }
              </dl>
            }
          </mat-card-content>
        </mat-card>

        <mat-card appearance="outlined">
          <mat-card-header
            ><mat-card-title>{{ 'profile.preferences' | t }}</mat-card-title></mat-card-header
          >
          <mat-card-content class="prefs">
            <span id="language-label">{{ 'nav.language' | t }}</span>
            <mat-button-toggle-group
              [value]="i18n.locale()"
              (change)="setLocale($event.value)"
              aria-labelledby="language-label"
            >
              <mat-button-toggle value="en">English</mat-button-toggle>
              <mat-button-toggle value="zh-CN">简体中文</mat-button-toggle>
            </mat-button-toggle-group>
            <span id="theme-label">{{ 'nav.theme' | t }}</span>
            <mat-button-toggle-group
              [value]="theme.mode()"
              (change)="setTheme($event.value)"
              aria-labelledby="theme-label"
            >
              <mat-button-toggle value="light">{{ 'theme.light' | t }}</mat-button-toggle>
              <mat-button-toggle value="dark">{{ 'theme.dark' | t }}</mat-button-toggle>
              <mat-button-toggle value="system">{{ 'theme.system' | t }}</mat-button-toggle>
            </mat-button-toggle-group>
          </mat-card-content>
        </mat-card>

        <mat-card appearance="outlined">
          <mat-card-header
            ><mat-card-title>{{ 'profile.changePassword' | t }}</mat-card-title></mat-card-header
          >
          <mat-card-content>
            <form [formGroup]="passwordForm" (ngSubmit)="changePassword()" class="password" novalidate>
              <mat-form-field>
                <mat-label>{{ 'profile.currentPassword' | t }}</mat-label>
                <input
                  matInput
                  type="password"
                  formControlName="currentPassword"
                  autocomplete="current-password"
                  required
                  data-testid="current-password"
                />
                <mat-error>{{ why('currentPassword') }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'profile.newPassword' | t }}</mat-label>
                <input
                  matInput
                  type="password"
                  formControlName="newPassword"
                  autocomplete="new-password"
                  required
                  data-testid="new-password"
                />
                <mat-hint>{{ 'validation.minLength' | t: { min: minPassword } }}</mat-hint>
                <mat-error data-testid="new-password-error">{{ why('newPassword') }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'profile.confirmPassword' | t }}</mat-label>
                <input
                  matInput
                  type="password"
                  formControlName="confirmPassword"
                  autocomplete="new-password"
                  required
                  data-testid="confirm-password"
                />
              </mat-form-field>
              @if (passwordForm.hasError('mismatch') && passwordForm.controls.confirmPassword.touched) {
                <p class="error" role="alert">{{ 'profile.mismatch' | t }}</p>
              }
              @if (passwordError()) {
                <p class="error" role="alert" data-testid="password-error">{{ passwordError() }}</p>
              }
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="change-password">
                {{ 'profile.changePassword' | t }}
              </button>
            </form>
          </mat-card-content>
        </mat-card>
      </div>
    </div>
  `,
  styles: `
    .columns {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      align-items: start;
    }
    .details {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 16px;
      margin: 16px 0 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .prefs {
      display: grid;
      gap: 8px;
      padding-top: 16px;
      justify-items: start;
    }
    .password {
      display: grid;
      gap: 8px;
      padding-top: 16px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class ProfilePageComponent {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);
  protected readonly i18n = inject(I18n);
  protected readonly theme = inject(ThemeService);

  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly profile = rxResource({ stream: () => this.api.me() });
  private readonly submission = formSubmission(() => this.passwordForm);
  protected readonly busy = this.submission.busy;
  protected readonly passwordError = this.submission.error;
  protected readonly passwordForm = inject(FormBuilder).nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
      confirmPassword: ['', Validators.required],
    },
    { validators: sameAsNew },
  );

  protected why(name: 'currentPassword' | 'newPassword'): string {
    return controlMessage(this.i18n, this.passwordForm.controls[name].errors);
  }

  protected roleNames(roles: string[]): string {
    return roles.map((r) => this.i18n.t(`roles.${r}`)).join(', ');
  }

  protected pathText(path: { name: string }[]): string {
    return path.map((u) => u.name).join(' › ');
  }

  protected setLocale(locale: Locale): void {
    this.i18n.use(locale);
    this.api
      .updatePreferences({ locale })
      .subscribe({ error: (error: unknown) => this.notifier.error(error) });
  }

  protected setTheme(mode: ThemeMode): void {
    this.theme.set(mode);
  }

  protected async changePassword(): Promise<void> {
    this.passwordForm.markAllAsTouched();
    if (this.passwordForm.invalid) return;
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    await this.submission.run(async () => {
      const tokens = await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.session.accept(tokens, false);
      this.passwordForm.reset();
      this.notifier.success('profile.passwordChanged');
    });
  }
}
