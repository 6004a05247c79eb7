import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { firstValueFrom } from 'rxjs';
import { MIN_PASSWORD_LENGTH, ROLES, type Role, type UserDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { EmployeePickerComponent } from '@cadre/web/identity/widgets';
import { FormDialogComponent } from '@cadre/web/ui';

/** Create a user (with a first password), or change a user's name, roles and status. */
@Component({
  selector: 'cadre-user-dialog',
  imports: [
    ControlMessagePipe,
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    MatSlideToggleModule,
    EmployeePickerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="(user ? 'users.editTitle' : 'users.createTitle') | t: { name: user?.displayName }"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="user-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'users.email' | t }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            required
            data-testid="user-email"
            [readonly]="!!user"
          />
          <mat-error>{{ form.controls.email.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.displayName' | t }}</mat-label>
          <input matInput formControlName="displayName" required data-testid="user-name" />
          <mat-error>{{ form.controls.displayName.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <fieldset class="roles">
          <legend>{{ 'users.roles' | t }}</legend>
          @for (role of roles; track role) {
            <mat-checkbox
              [checked]="selectedRoles().includes(role)"
              (change)="toggleRole(role, $event.checked)"
              [attr.data-testid]="'user-role-' + role"
            >
              {{ 'roles.' + role | t }}
            </mat-checkbox>
          }
          @if (rolesError()) {
            <p class="error" role="alert">{{ rolesError() }}</p>
          }
        </fieldset>
        @if (!user) {
          <mat-form-field>
            <mat-label>{{ 'users.password' | t }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
              data-testid="user-password"
            />
            <mat-hint>{{ 'validation.minLength' | t: { min: minPassword } }}</mat-hint>
            <mat-error>{{ form.controls.password.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <cadre-employee-picker
            [label]="'users.linkEmployee' | t"
            [hint]="'users.linkEmployeeHint' | t"
            [(employeeId)]="employeeId"
            testId="user-employee"
          />
        } @else {
          <mat-slide-toggle formControlName="isActive" data-testid="user-active">{{
            'users.active' | t
          }}</mat-slide-toggle>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(440px, 80vw);
    }
    .roles {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 8px 12px;
    }
    legend {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      padding: 0 4px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0;
      width: 100%;
    }
  `,
})
export class UserDialogComponent {
  protected readonly user = inject<UserDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserDialogComponent, UserDto>);
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(I18n);

  protected readonly roles = ROLES;
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly selectedRoles = signal<Role[]>(this.user?.roles ?? ['rep']);
  protected readonly employeeId = signal<string | null>(null);
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly rolesError = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: [this.user?.email ?? '', [Validators.required, Validators.email]],
    displayName: [this.user?.displayName ?? '', [Validators.required, Validators.maxLength(120)]],
    password: ['', this.user ? [] : [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    isActive: [this.user?.isActive ?? true],
  });

  protected toggleRole(role: Role, checked: boolean): void {
    const next = checked ? [...this.selectedRoles(), role] : this.selectedRoles().filter((r) => r !== role);
    this.selectedRoles.set(ROLES.filter((r) => next.includes(r)));
    this.rolesError.set(null);
  }
  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.selectedRoles().length === 0) this.rolesError.set(this.i18n.t('users.rolesRequired'));
    if (this.form.invalid || this.selectedRoles().length === 0) return;
    const { email, displayName, password, isActive } = this.form.getRawValue();
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.user
          ? this.api.updateUser(this.user.id, { displayName, roles: this.selectedRoles(), isActive })
          : this.api.createUser({
              email,
              displayName,
              password,
              roles: this.selectedRoles(),
              ...(this.employeeId() ? { employeeId: this.employeeId() ?? undefined } : {}),
            }),
      );
      this.ref.close(saved);
    });
  }
}
