import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { ORG_UNIT_KINDS, type OrgUnitDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import {
  buildOrgTree,
  flattenOrgTree,
  IdentityApi,
  subtreeIds,
  type OrgTreeNode,
} from '@cadre/web/identity/data-access';
import { EmployeePickerComponent } from '@cadre/web/identity/widgets';
import { FormDialogComponent } from '@cadre/web/ui';

export interface OrgUnitDialogData {
  /** Create a sub-unit of `parent`, or edit (rename, kind, manager, move) `unit`. */
  mode: 'create' | 'edit';
  unit: OrgTreeNode | null;
  parent: OrgUnitDto | null;
  units: OrgUnitDto[];
}

@Component({
  selector: 'cadre-org-unit-dialog',
  imports: [
    ControlMessagePipe,
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EmployeePickerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="
        (data.mode === 'create' ? 'org.createTitle' : 'org.editTitle')
          | t: { parent: data.parent?.name, name: data.unit?.name }
      "
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="unit-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'org.name' | t }}</mat-label>
          <input matInput formControlName="name" required data-testid="unit-name" />
          <mat-error>{{ form.controls.name.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'org.kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="unit-kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'org.kinds.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (data.mode === 'edit' && data.unit?.parentId) {
          <mat-form-field>
            <mat-label>{{ 'org.parent' | t }}</mat-label>
            <mat-select formControlName="parentId" data-testid="unit-parent">
              @for (u of parentOptions(); track u.id) {
                <mat-option [value]="u.id"
                  ><span [style.padding-left.px]="u.depth * 12">{{ u.name }}</span></mat-option
                >
              }
            </mat-select>
            <mat-hint>{{ 'org.moveHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.parentId.errors?.['server'] }}</mat-error>
          </mat-form-field>
        }
        <cadre-employee-picker
          [label]="'org.manager' | t"
          [(employeeId)]="managerId"
          [(displayName)]="managerName"
          testId="unit-manager"
        />
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(440px, 80vw);
    }
  `,
})
export class OrgUnitDialogComponent {
  protected readonly data = inject<OrgUnitDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<OrgUnitDialogComponent, OrgUnitDto>);
  private readonly api = inject(IdentityApi);

  protected readonly kinds = ORG_UNIT_KINDS.filter((k) => k !== 'company');
  protected readonly managerId = signal<string | null>(this.data.unit?.managerId ?? null);
  protected readonly managerName = signal<string>(this.data.unit?.managerName ?? '');
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  /** A unit cannot move under itself or its own sub-units. */
  protected readonly parentOptions = computed(() => {
    const excluded = this.data.unit ? subtreeIds(this.data.unit) : new Set<string>();
    return flattenOrgTree(buildOrgTree(this.data.units)).filter((u) => !excluded.has(u.id));
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.data.unit?.name ?? '', [Validators.required, Validators.maxLength(120)]],
    kind: [this.data.unit?.kind ?? 'team'],
    parentId: [this.data.unit?.parentId ?? this.data.parent?.id ?? ''],
  });
  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { name, kind, parentId } = this.form.getRawValue();
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.data.mode === 'create'
          ? this.api.createOrgUnit({ name, kind, parentId, managerId: this.managerId() })
          : this.api.updateOrgUnit(this.data.unit?.id ?? '', {
              name,
              kind: this.data.unit?.kind === 'company' ? undefined : kind,
              ...(this.data.unit?.parentId && parentId !== this.data.unit.parentId ? { parentId } : {}),
              managerId: this.managerId(),
            }),
      );
      this.ref.close(saved);
    });
  }
}
