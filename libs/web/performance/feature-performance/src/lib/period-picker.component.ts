import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { FiscalPeriodDto } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';

/** The fiscal period a performance page shows, grouped by kind, closed ones marked. */
@Component({
  selector: 'cadre-period-picker',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      width: 240px;
      max-width: 100%;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <mat-form-field>
      <mat-label>{{ 'performance.period' | t }}</mat-label>
      <mat-select [value]="value()" (selectionChange)="value.set($event.value)" data-testid="period">
        @for (group of groups(); track group.kind) {
          <mat-optgroup [label]="'performance.periodKinds.' + group.kind | t">
            @for (p of group.periods; track p.id) {
              <mat-option [value]="p.key"
                >{{ p.key }}{{ p.closed ? ' · ' + ('performance.closed' | t) : '' }}</mat-option
              >
            }
          </mat-optgroup>
        }
      </mat-select>
    </mat-form-field>
  `,
})
export class PeriodPickerComponent {
  readonly periods = input.required<readonly FiscalPeriodDto[]>();
  /** The chosen period's key. */
  readonly value = model.required<string>();

  /** Years, then quarters, then months, each newest first: one flat list of 30-odd was hard to scan. */
  protected readonly groups = computed(() =>
    (['year', 'quarter', 'month'] as const)
      .map((kind) => ({ kind, periods: this.periods().filter((p) => p.kind === kind) }))
      .filter((g) => g.periods.length),
  );
}
