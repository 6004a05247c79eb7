import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { debounceTime, distinctUntilChanged, firstValueFrom, startWith } from 'rxjs';
import type {
  AssignableEmployeeDto,
  AssignmentDto,
  CreateAssignmentsRequest,
  PlanDto,
} from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

const quotaRow = () =>
  new FormGroup({
    period: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PERIOD)],
    }),
    metric: new FormControl('', { nonNullable: true, validators: Validators.required }),
    value: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(DECIMAL)],
    }),
  });

/**
 * Finance assigns a plan: to people picked by name, or to everyone on a role profile; from a
 * date, with quotas typed in (the same for each person) or taken from each one's own targets.
 * All or none: the server names anyone who already holds a plan on those dates.
 */
@Component({
  selector: 'cadre-assign-plan-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'pay.assign.title' | t"
      [submitLabel]="'pay.assign.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="assign-submit"
      errorTestId="assign-error"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'pay.assignments.plan' | t }}</mat-label>
          <mat-select formControlName="planId" data-testid="assign-plan">
            @for (p of plans.value() ?? []; track p.id) {
              <mat-option [value]="p.id">{{ p.name }} · {{ p.code }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.planId.errors | controlMessage }}</mat-error>
        </mat-form-field>

        <mat-radio-group formControlName="to" class="choice" [attr.aria-label]="'pay.assign.to' | t">
          <mat-radio-button value="people" data-testid="assign-to-people">{{
            'pay.assign.toPeople' | t
          }}</mat-radio-button>
          <mat-radio-button value="profile" data-testid="assign-to-profile">{{
            'pay.assign.toProfile' | t
          }}</mat-radio-button>
        </mat-radio-group>

        @if (form.controls.to.value === 'profile') {
          <mat-form-field>
            <mat-label>{{ 'pay.assign.roleProfile' | t }}</mat-label>
            <mat-select formControlName="roleProfileId" data-testid="assign-profile">
              @for (r of profiles.value() ?? []; track r.id) {
                <mat-option [value]="r.id" [disabled]="!r.people">
                  {{ profileName(r) }} · {{ 'pay.assign.people' | t: { count: r.people } }}
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.roleProfileId.errors | controlMessage }}</mat-error>
          </mat-form-field>
        } @else {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'pay.assign.search' | t }}</mat-label>
            <mat-icon matPrefix>search</mat-icon>
            <input matInput [formControl]="search" autocomplete="off" data-testid="assign-search" />
          </mat-form-field>
          <div class="people" role="group" [attr.aria-label]="'pay.assign.toPeople' | t">
            @for (p of candidates.value() ?? []; track p.id) {
              <mat-checkbox
                [checked]="chosen().has(p.id)"
                (change)="toggle(p)"
                [attr.data-testid]="'assign-person-' + p.email"
              >
                {{ p.fullName }}
                <span class="muted">
                  · {{ p.email }}
                  @if (p.currentPlanCode) {
                    · {{ 'pay.assign.onPlan' | t: { plan: p.currentPlanCode } }}
                  }
                </span>
              </mat-checkbox>
            } @empty {
              @if (!candidates.isLoading()) {
                <p class="muted">{{ 'pay.assign.nobodyFound' | t }}</p>
              }
            }
          </div>
          <p class="muted" data-testid="assign-chosen">
            {{ 'pay.assign.chosen' | t: { count: chosen().size } }}
            @for (p of chosenList(); track p.id; let last = $last) {
              {{ p.fullName }}{{ last ? '' : ',' }}
            }
          </p>
        }

        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'pay.assign.startsOn' | t }}</mat-label>
            <input matInput formControlName="startsOn" placeholder="2026-12-01" data-testid="assign-starts" />
            <mat-hint>{{ 'pay.assign.dateHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.startsOn.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'pay.assign.endsOn' | t }}</mat-label>
            <input matInput formControlName="endsOn" placeholder="2027-12-31" data-testid="assign-ends" />
            <mat-hint>{{ 'pay.assign.endsOnHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.endsOn.errors | controlMessage }}</mat-error>
          </mat-form-field>
        </div>

        <mat-radio-group
          formControlName="quotaSource"
          class="choice"
          [attr.aria-label]="'pay.assign.quotas' | t"
        >
          <mat-radio-button value="typed" data-testid="assign-quotas-typed">{{
            'pay.assign.quotasTyped' | t
          }}</mat-radio-button>
          <mat-radio-button value="targets" data-testid="assign-quotas-targets">{{
            'pay.assign.quotasTargets' | t
          }}</mat-radio-button>
        </mat-radio-group>

        @if (form.controls.quotaSource.value === 'targets') {
          <div class="row" formGroupName="fromTargets">
            <mat-form-field>
              <mat-label>{{ 'pay.assign.metric' | t }}</mat-label>
              <mat-select formControlName="metric" data-testid="assign-target-metric">
                @for (m of metrics(); track m) {
                  <mat-option [value]="m">{{ m }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'pay.assign.periods' | t }}</mat-label>
              <input
                matInput
                formControlName="periods"
                placeholder="2026-12, 2027-01"
                data-testid="assign-target-periods"
              />
              <mat-hint>{{ 'pay.assign.periodsHint' | t }}</mat-hint>
              <mat-error>{{ 'pay.assign.badPeriods' | t }}</mat-error>
            </mat-form-field>
          </div>
        } @else {
          <div formArrayName="quotas" class="quotas">
            @for (q of form.controls.quotas.controls; track q; let i = $index) {
              <div class="row" [formGroupName]="i">
                <mat-form-field>
                  <mat-label>{{ 'pay.period' | t }}</mat-label>
                  <input
                    matInput
                    formControlName="period"
                    placeholder="2026-12"
                    [attr.data-testid]="'assign-quota-period-' + i"
                  />
                  <mat-error>{{ q.controls.period.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'pay.assign.metric' | t }}</mat-label>
                  <mat-select formControlName="metric" [attr.data-testid]="'assign-quota-metric-' + i">
                    @for (m of metrics(); track m) {
                      <mat-option [value]="m">{{ m }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ q.controls.metric.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'pay.assign.value' | t }}</mat-label>
                  <input
                    matInput
                    formControlName="value"
                    inputmode="decimal"
                    [attr.data-testid]="'assign-quota-value-' + i"
                  />
                  <mat-error>{{ q.controls.value.errors | controlMessage }}</mat-error>
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  (click)="removeQuota(i)"
                  [attr.aria-label]="'pay.assign.removeQuota' | t"
                >
                  <mat-icon>delete</mat-icon>
                </button>
              </div>
            }
            <button mat-button type="button" (click)="addQuota()" data-testid="assign-add-quota">
              <mat-icon>add</mat-icon>{{ 'pay.assign.addQuota' | t }}
            </button>
          </div>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(560px, 80vw);
    }
    .choice {
      display: flex;
      gap: 16px;
      flex-wrap: wrap;
      margin-bottom: 8px;
    }
    .row {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    .row mat-form-field {
      flex: 1 1 140px;
    }
    .people {
      display: grid;
      max-height: 220px;
      overflow: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 4px 8px;
    }
    .people mat-checkbox {
      overflow-wrap: anywhere;
    }
  `,
})
export class AssignPlanDialogComponent {
  private readonly ref = inject(MatDialogRef<AssignPlanDialogComponent, AssignmentDto[]>);
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);

  protected readonly form = new FormGroup({
    planId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    to: new FormControl<'people' | 'profile'>('people', { nonNullable: true }),
    roleProfileId: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(DATE)],
    }),
    endsOn: new FormControl('', { nonNullable: true, validators: Validators.pattern(DATE) }),
    quotaSource: new FormControl<'typed' | 'targets'>('typed', { nonNullable: true }),
    quotas: new FormArray([quotaRow()]),
    fromTargets: new FormGroup({
      metric: new FormControl('', { nonNullable: true }),
      periods: new FormControl('', { nonNullable: true }),
    }),
  });
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly plans = rxResource({ stream: () => this.api.plans() });
  protected readonly profiles = rxResource({ stream: () => this.api.assignableRoleProfiles() });
  private readonly searched = toSignal(
    this.search.valueChanges.pipe(startWith(''), debounceTime(250), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly candidates = rxResource({
    params: () => this.searched(),
    stream: ({ params }) => this.api.assignablePeople(params),
  });
  private readonly picked = signal(new Map<string, AssignableEmployeeDto>());
  protected readonly chosen = computed(() => new Set(this.picked().keys()));
  protected readonly chosenList = computed(() => [...this.picked().values()]);

  private readonly planId = toSignal(this.form.controls.planId.valueChanges, { initialValue: '' });
  /** The metrics the chosen plan reads (its latest version), for its quotas. */
  protected readonly metrics = computed(() => {
    const plan = (this.plans.value() ?? []).find((p: PlanDto) => p.id === this.planId());
    const components = (plan?.versions[0]?.document['components'] ?? []) as {
      metric?: string;
      gate?: { metric?: string };
    }[];
    return [
      ...new Set(components.flatMap((c) => [c.metric, c.gate?.metric]).filter((m): m is string => !!m)),
    ];
  });

  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected profileName(r: { nameEn: string; nameZh: string }): string {
    return this.i18n.locale() === 'zh-CN' ? r.nameZh : r.nameEn;
  }

  protected toggle(person: AssignableEmployeeDto): void {
    const next = new Map(this.picked());
    if (next.has(person.id)) next.delete(person.id);
    else next.set(person.id, person);
    this.picked.set(next);
  }

  protected addQuota(): void {
    this.form.controls.quotas.push(quotaRow());
  }

  protected removeQuota(i: number): void {
    this.form.controls.quotas.removeAt(i);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    const byProfile = v.to === 'profile';
    if (byProfile && !v.roleProfileId) this.form.controls.roleProfileId.setErrors({ required: true });
    const periods = v.fromTargets.periods.split(/[\s,，]+/).filter(Boolean);
    if (v.quotaSource === 'targets') {
      if (!v.fromTargets.metric) this.form.controls.fromTargets.controls.metric.setErrors({ required: true });
      if (!periods.length || periods.some((p) => !PERIOD.test(p)))
        this.form.controls.fromTargets.controls.periods.setErrors({ periods: true });
    }
    if (!byProfile && !this.chosen().size) {
      this.submission.error.set(this.i18n.t('pay.assign.nobodyChosen'));
      return;
    }
    const quotasInvalid = v.quotaSource === 'typed' && this.form.controls.quotas.invalid;
    const invalid = ['planId', 'roleProfileId', 'startsOn', 'endsOn', 'fromTargets'] as const;
    if (quotasInvalid || invalid.some((k) => this.form.controls[k].invalid)) return;
    const request: CreateAssignmentsRequest = {
      planId: v.planId,
      ...(byProfile ? { roleProfileId: v.roleProfileId } : { employeeIds: [...this.chosen()] }),
      startsOn: v.startsOn,
      endsOn: v.endsOn || null,
      quotas: v.quotaSource === 'typed' ? v.quotas.map((q) => ({ ...q, value: q.value.trim() })) : [],
      quotasFromTargets: v.quotaSource === 'targets' ? { metric: v.fromTargets.metric, periods } : null,
    };
    await this.submission.run(async () => {
      this.ref.close(await firstValueFrom(this.api.assign(request)));
    });
  }
}
