import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import Decimal from 'decimal.js';
import { firstValueFrom } from 'rxjs';
import type { CascadeMode, MetricDto, TargetDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, toAppError, describeError } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import { FormDialogComponent, LoadingBlockComponent } from '@cadre/web/ui';
import { formatMetricValue } from './metric-format';

export interface CascadeDialogData {
  target: TargetDto;
  metric: MetricDto | undefined;
}

interface Part {
  key: string;
  kind: 'unit' | 'person';
  id: string;
  name: string;
}

const NUMBER = /^\d{1,15}(\.\d{1,6})?$/;

/**
 * Splits a unit's target to the units below it and the people placed in it, by weights
 * (the preview shows each part) or by typed values (the sum is shown against the target).
 * Closes with true once saved; Cancel and Escape change nothing.
 */
@Component({
  selector: 'cadre-cascade-dialog',
  imports: [
    FormDialogComponent,
    LoadingBlockComponent,
    MatDialogModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorTextPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [title]="
        'performance.cascade.title'
          | t: { unit: data.target.orgUnitName ?? '', value: format(data.target.value) }
      "
      [submitLabel]="'performance.cascade.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="cascade-save"
      (submitted)="save()"
    >
      <mat-dialog-content>
        <mat-button-toggle-group
          [value]="mode()"
          (change)="mode.set($event.value)"
          [attr.aria-label]="'performance.cascade.mode' | t"
        >
          <mat-button-toggle value="weights" data-testid="mode-weights">{{
            'performance.cascade.byWeights' | t
          }}</mat-button-toggle>
          <mat-button-toggle value="values" data-testid="mode-values">{{
            'performance.cascade.byValues' | t
          }}</mat-button-toggle>
        </mat-button-toggle-group>
        <p class="hint">{{ 'performance.cascade.hint.' + mode() | t }}</p>
        @if (choices.isLoading()) {
          <cadre-loading [label]="'common.loading' | t" />
        } @else if (choices.error()) {
          <p class="error">{{ choices.error() | errorText }}</p>
        } @else if (!parts().length) {
          <p class="hint">{{ 'performance.cascade.nothingBelow' | t }}</p>
        } @else {
          @for (p of parts(); track p.key) {
            <div class="row">
              <span class="who"
                >{{ p.name }}<span class="kind">{{ 'performance.cascade.' + p.kind | t }}</span></span
              >
              <mat-form-field class="amount" subscriptSizing="dynamic">
                <mat-label>{{
                  (mode() === 'weights' ? 'performance.cascade.weight' : 'performance.target') | t
                }}</mat-label>
                <input
                  matInput
                  inputmode="decimal"
                  [value]="entry(p.key)"
                  (input)="enter(p.key, $any($event.target).value)"
                  [attr.data-testid]="'part-' + p.id"
                />
              </mat-form-field>
              <span class="preview">{{ previewOf(p.key) }}</span>
            </div>
          }
          <p class="sum" data-testid="cascade-sum">{{ sumText() }}</p>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(120px, 1fr) 140px minmax(80px, auto);
      gap: 8px;
      align-items: center;
      margin-bottom: 4px;
    }
    .kind {
      margin-inline-start: 6px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
    .preview,
    .sum {
      font: var(--mat-sys-body-medium);
      text-align: end;
    }
    .error {
      color: var(--mat-sys-error);
    }
    @media (max-width: 599px) {
      .row {
        grid-template-columns: 1fr 110px;
      }
      .preview {
        grid-column: 1 / -1;
      }
    }
  `,
})
export class CascadeDialogComponent {
  protected readonly data = inject<CascadeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CascadeDialogComponent, boolean>);
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);

  protected readonly mode = signal<CascadeMode>('weights');
  protected readonly entries = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly choices = rxResource({ stream: () => this.api.cascadeChoices(this.data.target.id) });
  protected readonly parts = computed<Part[]>(() =>
    this.choices.hasValue()
      ? [
          ...this.choices
            .value()
            .units.map((u) => ({ key: `u:${u.id}`, kind: 'unit' as const, id: u.id, name: u.name })),
          ...this.choices
            .value()
            .people.map((p) => ({ key: `p:${p.id}`, kind: 'person' as const, id: p.id, name: p.name })),
        ]
      : [],
  );
  private readonly filled = computed(() =>
    this.parts().filter((p) => NUMBER.test((this.entries()[p.key] ?? '').trim())),
  );
  protected readonly preview = computed<Record<string, string>>(() => {
    if (this.mode() !== 'weights') return {};
    const total = this.filled().reduce((sum, p) => sum.plus(this.entries()[p.key] ?? '0'), new Decimal(0));
    if (total.isZero()) return {};
    const whole = new Decimal(this.data.target.value);
    return Object.fromEntries(
      this.filled().map((p) => [
        p.key,
        this.format(
          whole
            .times(this.entries()[p.key] ?? '0')
            .dividedBy(total)
            .toFixed(2),
        ),
      ]),
    );
  });
  protected readonly sumText = computed(() => {
    if (this.mode() === 'weights') return '';
    const sum = this.filled().reduce((s, p) => s.plus(this.entries()[p.key] ?? '0'), new Decimal(0));
    const cmp = sum.comparedTo(this.data.target.value);
    const balance = cmp === 0 ? 'exact' : cmp < 0 ? 'under' : 'over';
    return this.i18n.t('performance.cascade.sum', {
      sum: this.format(sum.toString()),
      target: this.format(this.data.target.value),
      balance: this.i18n.t(`performance.balance.${balance}`),
    });
  });

  protected format(value: string): string {
    return formatMetricValue(value, this.data.metric, this.i18n.locale());
  }

  protected entry(key: string): string {
    return this.entries()[key] ?? '';
  }

  protected previewOf(key: string): string {
    return this.preview()[key] ?? '';
  }

  protected enter(key: string, value: string): void {
    this.entries.update((e) => ({ ...e, [key]: value }));
    this.error.set(null);
  }

  protected async save(): Promise<void> {
    const bad = this.parts().find(
      (p) => (this.entries()[p.key] ?? '').trim() && !NUMBER.test((this.entries()[p.key] ?? '').trim()),
    );
    if (bad) return this.error.set(this.i18n.t('performance.cascade.badNumber', { name: bad.name }));
    const parts = this.filled()
      .filter((p) => this.mode() === 'values' || !new Decimal(this.entries()[p.key] ?? '0').isZero())
      .map((p) => ({
        ...(p.kind === 'unit' ? { orgUnitId: p.id } : { employeeId: p.id }),
        [this.mode() === 'weights' ? 'weight' : 'value']: (this.entries()[p.key] ?? '').trim(),
      }));
    if (!parts.length) return this.error.set(this.i18n.t('performance.cascade.nothingEntered'));
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.cascade(this.data.target.id, { mode: this.mode(), parts }));
      this.ref.close(true);
    } catch (error) {
      this.error.set(describeError(this.i18n, toAppError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
