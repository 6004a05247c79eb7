import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { Statement } from '@cadre/compensation/engine';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import {
  groupDigits,
  translateLine as explainLine,
  translateSettlement as explainSettlement,
} from '@cadre/compensation/engine';

/**
 * One payee's statement for one period: every line with how its amount arose, then the
 * earnings, the draw and balance steps, the payout and what is still owed.
 */
@Component({
  selector: 'cadre-statement-view',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="statement">
      <mat-card-header>
        <mat-card-title>{{
          'compensation.statement.title' | t: { payee: statement().payee, period: statement().period }
        }}</mat-card-title>
        <mat-card-subtitle>{{ statement().currency }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <ol class="lines">
          @for (line of lines(); track line.component) {
            <li [attr.data-testid]="'line-' + line.component">
              <div class="row">
                <span class="name">
                  {{ line.name ?? line.component }}
                  <span class="type">{{ 'compensation.types.' + line.type | t }}</span>
                </span>
                <span class="amount">{{ line.amount }}</span>
              </div>
              <ul class="why">
                @for (sentence of line.why; track $index) {
                  <li>{{ sentence }}</li>
                }
              </ul>
            </li>
          }
        </ol>
        <dl class="totals">
          <div class="row">
            <dt>{{ 'compensation.earnings' | t }}</dt>
            <dd class="amount">{{ format(statement().earnings) }}</dd>
          </div>
          <ul class="why">
            @for (sentence of settlement(); track $index) {
              <li>{{ sentence }}</li>
            }
          </ul>
          <div class="row strong">
            <dt>{{ 'compensation.payout' | t }}</dt>
            <dd class="amount" data-testid="statement-payout">{{ format(statement().payout) }}</dd>
          </div>
          <div class="row">
            <dt>{{ 'compensation.balance' | t }}</dt>
            <dd class="amount">{{ format(statement().balance) }}</dd>
          </div>
        </dl>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .lines {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .lines > li {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .row {
      display: flex;
      justify-content: space-between;
      gap: 16px;
      align-items: baseline;
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .type {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      margin-inline-start: 8px;
    }
    .amount {
      font-variant-numeric: tabular-nums;
      margin: 0;
      white-space: nowrap;
    }
    .why {
      margin: 4px 0 0;
      padding-inline-start: 20px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .totals {
      margin: 12px 0 0;
      display: grid;
      gap: 6px;
    }
    .strong {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class StatementViewComponent {
  private readonly i18n = inject(I18n);
  readonly statement = input.required<Statement>();
  /** Metric names by code, in the reader's language (the codes themselves when none are given). */
  readonly metricNames = input<Readonly<Record<string, string>>>({});

  private readonly t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);

  /** Recomputed when the statement or the language changes. */
  protected readonly lines = computed(() => {
    this.i18n.locale();
    return this.statement().lines.map((line) => ({
      component: line.component,
      name: line.name,
      type: line.trace.type,
      amount: groupDigits(line.amount),
      why: explainLine(line.trace, this.t, (code) => this.metricNames()[code] ?? code),
    }));
  });

  protected readonly settlement = computed(() => {
    this.i18n.locale();
    return explainSettlement(this.statement(), this.t);
  });

  protected format(value: string): string {
    return groupDigits(value);
  }
}
