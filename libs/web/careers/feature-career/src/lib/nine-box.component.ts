import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TalentRowDto } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';

const AXIS = [3, 2, 1];

/**
 * Results (latest complete quarter's attainment) against competency (towards the next
 * level), low / medium / high: the nine-box of a team, each person in their cell.
 */
@Component({
  selector: 'cadre-nine-box',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="box" role="table" [attr.aria-label]="'career.nineBox.title' | t" data-testid="nine-box">
      <div class="axis-y" aria-hidden="true">{{ 'career.nineBox.results' | t }} →</div>
      <div class="box-rows" role="rowgroup">
        @for (results of axis; track results) {
          <div class="box-row" role="row">
            @for (competency of columns; track competency) {
              <div class="cell" role="cell" [class]="'cell r' + results + ' c' + competency">
                <span class="label">
                  {{ 'career.nineBox.level.' + results | t }} · {{ 'career.nineBox.level.' + competency | t }}
                </span>
                @for (p of cells().get(results + '-' + competency) ?? []; track p.employeeId) {
                  <a [routerLink]="['/career/people', p.employeeId]">{{ p.fullName }}</a>
                }
              </div>
            }
          </div>
        }
      </div>
      <div class="axis-x" aria-hidden="true">{{ 'career.nineBox.competency' | t }} →</div>
    </div>
    @if (unplaced().length) {
      <p class="muted">{{ 'career.nineBox.unplaced' | t: { count: unplaced().length } }}</p>
    }
  `,
  styles: `
    .box {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 4px;
    }
    .axis-y {
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      text-align: center;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .axis-x {
      grid-column: 2;
      text-align: center;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .box-rows {
      display: grid;
      gap: 4px;
    }
    .box-row {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 4px;
    }
    .cell {
      min-height: 72px;
      border-radius: 8px;
      padding: 6px;
      display: flex;
      flex-direction: column;
      gap: 2px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-small);
      overflow-wrap: anywhere;
    }
    .cell.r3.c3,
    .cell.r3.c2,
    .cell.r2.c3 {
      background: var(--mat-sys-primary-container);
    }
    .cell.r1.c1 {
      background: var(--mat-sys-error-container);
    }
    .label {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NineBoxComponent {
  readonly rows = input.required<TalentRowDto[]>();
  protected readonly axis = AXIS;
  protected readonly columns = [...AXIS].reverse();
  /** The people of each cell, by "results-competency". */
  protected readonly cells = computed(() => {
    const cells = new Map<string, TalentRowDto[]>();
    for (const r of this.rows())
      if (r.resultsBox !== null && r.competencyBox !== null) {
        const key = `${r.resultsBox}-${r.competencyBox}`;
        cells.set(key, [...(cells.get(key) ?? []), r]);
      }
    return cells;
  });
  protected readonly unplaced = computed(() =>
    this.rows().filter((r) => r.resultsBox === null || r.competencyBox === null),
  );
}
