import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { MIN_PASSWORD_LENGTH, type UserDto } from '@cadre/shared/contracts';
import { submission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

/** An administrator sets a new password; the user's sessions end. */
@Component({
  selector: 'cadre-set-password-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [title]="'users.setPasswordTitle' | t: { name: user.displayName }"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      (submitted)="save()"
    >
      <mat-dialog-content>
        <p class="muted">{{ 'users.setPasswordHint' | t }}</p>
        <mat-form-field class="full">
          <mat-label>{{ 'users.password' | t }}</mat-label>
          <input matInput type="password" [formControl]="password" autocomplete="new-password" required />
          <mat-error>{{ 'validation.minLength' | t: { min: minPassword } }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
})
export class SetPasswordDialogComponent {
  protected readonly user = inject<UserDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SetPasswordDialogComponent, boolean>);
  private readonly api = inject(IdentityApi);

  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
  });
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.password.markAsTouched();
    if (this.password.invalid) return;
    await this.submission.run(async () => {
      await firstValueFrom(this.api.setUserPassword(this.user.id, this.password.value));
      this.ref.close(true);
    });
  }
}
