import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import type { LineCreditDto, StatementLineCreditsDto } from '@cadre/shared/contracts';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Decimal } from '@cadre/compensation/engine';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { groupDigits } from '@cadre/web/compensation/ui';
import { ErrorTextPipe } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';

/**
 * The sales behind a line of a statement: the credits its total adds up (metric and filter of
 * the line's component), with each deal's value and the person's share, a hundred at a time.
 * Opened on demand; read as credited now.
 */
@Component({
  selector: 'cadre-line-credits',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    ErrorStateComponent,
    LoadingBlockComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="credits" (toggle)="opened.set($any($event.target).open)" data-testid="line-credits">
      <summary>{{ 'pay.credits.title' | t }}</summary>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'pay.credits.line' | t }}</mat-label>
        <mat-select
          [value]="component()"
          (selectionChange)="choose($event.value)"
          data-testid="line-credits-line"
        >
          @for (l of lines(); track l.component) {
            <mat-option [value]="l.component">{{ l.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (page.isLoading() && !shown().length) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (page.error()) {
        <cadre-error-state
          [message]="page.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="page.reload()"
        />
      } @else if (page.hasValue()) {
        @if (!total()) {
          <p class="muted" data-testid="line-credits-none">{{ 'pay.credits.none' | t }}</p>
        } @else {
          <p class="muted">{{ 'pay.credits.count' | t: { shown: shown().length, total: total() } }}</p>
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="line-credits-table">
              <thead>
                <tr>
                  <th>{{ 'pay.credits.date' | t }}</th>
                  <th>{{ 'pay.credits.deal' | t }}</th>
                  <th>{{ 'pay.credits.customer' | t }}</th>
                  <th class="num">{{ 'pay.credits.value' | t }}</th>
                  <th class="num">{{ 'pay.credits.share' | t }}</th>
                  <th class="num">{{ 'pay.credits.credited' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of shown(); track c.source + c.externalId + c.date + $index) {
                  <tr>
                    <td>{{ c.date | localDate }}</td>
                    <td [attr.data-label]="'pay.credits.deal' | t">
                      {{ c.externalId }}
                      @if (c.product) {
                        <span class="muted">· {{ c.product }}</span>
                      }
                    </td>
                    <td [attr.data-label]="'pay.credits.customer' | t">{{ c.customer || '—' }}</td>
                    <td class="num" [attr.data-label]="'pay.credits.value' | t">{{ digits(c.value) }}</td>
                    <td class="num" [attr.data-label]="'pay.credits.share' | t">{{ share(c.share) }}</td>
                    <td class="num" [attr.data-label]="'pay.credits.credited' | t">
                      {{ digits(c.credited) }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (shown().length < total()) {
            <button
              mat-stroked-button
              type="button"
              (click)="more()"
              [disabled]="page.isLoading()"
              data-testid="line-credits-more"
            >
              {{ 'pay.credits.more' | t }}
            </button>
          }
        }
      }
    </details>
  `,
  styles: `
    .credits {
      margin: 12px 0;
    }
    .credits summary {
      cursor: pointer;
      margin-bottom: 8px;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      overflow-wrap: anywhere;
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class LineCreditsComponent {
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  readonly statementId = input.required<string>();
  readonly lines = input.required<{ component: string; label: string }[]>();

  /** Nothing is read until the reader opens the list. */
  protected readonly opened = signal(false);
  private readonly chosen = signal<string | null>(null);
  protected readonly component = computed(() => this.chosen() ?? this.lines()[0]?.component ?? '');
  private readonly offset = signal(0);

  protected readonly page = rxResource({
    params: () =>
      this.opened() && this.component()
        ? { id: this.statementId(), component: this.component(), offset: this.offset() }
        : undefined,
    stream: ({ params }) => this.api.lineCredits(params.id, params.component, params.offset),
  });

  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  /** The rows read so far: a later page adds to them, the first page of a line starts again. */
  protected readonly shown = linkedSignal<StatementLineCreditsDto | undefined, LineCreditDto[]>({
    source: () => (this.page.hasValue() ? this.page.value() : undefined),
    computation: (value, previous) =>
      !value ? [] : value.offset === 0 ? value.credits : [...(previous?.value ?? []), ...value.credits],
  });

  protected choose(component: string): void {
    this.chosen.set(component);
    this.offset.set(0);
  }

  protected more(): void {
    this.offset.set(this.shown().length);
  }

  protected digits(value: string): string {
    return groupDigits(value);
  }

  /** value × share, to as many decimals as the value has (a half of 24,135.00 is 12,067.50). */
  protected credited(c: LineCreditDto): string {
    const decimals = (c.value.split('.')[1] ?? '').length;
    return groupDigits(new Decimal(c.credited).toFixed(decimals));
  }

  protected share(value: string): string {
    return new Intl.NumberFormat(this.i18n.locale(), { style: 'percent', maximumFractionDigits: 2 }).format(
      value as Intl.StringNumericLiteral,
    );
  }
}
