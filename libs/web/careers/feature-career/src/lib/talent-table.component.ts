import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { CareerTrackDto, TalentRowDto } from '@cadre/shared/contracts';
import { levelsById } from '@cadre/web/careers/data-access';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';

/** People with their level, readiness for the next one, assessment and nomination state. */
@Component({
  selector: 'cadre-talent-table',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll">
      <table class="stack-on-phone" data-testid="talent-table">
        <thead>
          <tr>
            <th scope="col">{{ 'career.col.person' | t }}</th>
            <th scope="col">{{ 'career.col.currentLevel' | t }}</th>
            <th scope="col">{{ 'career.col.readiness' | t }}</th>
            <th scope="col">{{ 'career.col.assessment' | t }}</th>
            <th scope="col">
              <span class="sr-only">{{ 'career.col.actions' | t }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.employeeId) {
            <tr [attr.data-testid]="'talent-' + r.fullName">
              <td>
                <a [routerLink]="['/career/people', r.employeeId]">{{ r.fullName }}</a>
                <div class="muted">{{ r.orgUnitName }}</div>
              </td>
              <td [attr.data-label]="'career.col.currentLevel' | t">
                @if (r.levelId) {
                  {{ name(r.levelId) | bilingual }}
                } @else {
                  <span class="muted">{{ 'career.noLevel' | t }}</span>
                }
              </td>
              <td [attr.data-label]="'career.col.readiness' | t">
                @if (r.readinessPercent !== null && r.nextLevelId) {
                  <strong>{{ r.readinessPercent }}%</strong>
                  <div class="muted">
                    {{
                      'career.readiness.towards'
                        | t: { level: name(r.nextLevelId) | bilingual, met: r.partsMet }
                    }}
                  </div>
                } @else {
                  <span class="muted">–</span>
                }
              </td>
              <td [attr.data-label]="'career.col.assessment' | t">
                @if (r.assessmentStatus) {
                  {{ 'career.assessment.status.' + r.assessmentStatus | t }}
                } @else {
                  <span class="muted">–</span>
                }
              </td>
              <td class="actions">
                @if (r.openPromotionId) {
                  <span class="pill">{{ 'career.nominated' | t }}</span>
                } @else if (canNominate() && r.nextLevelId) {
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="nominate.emit(r)"
                    [attr.data-testid]="'nominate-' + r.fullName"
                  >
                    {{ 'career.nominate.action' | t }}
                  </button>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5" class="muted">{{ 'career.team.empty' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .actions {
      text-align: end;
      white-space: nowrap;
    }
    @media (max-width: 599px) {
      .actions {
        padding-top: 6px !important;
      }
    }
    .pill {
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class TalentTableComponent {
  readonly rows = input.required<TalentRowDto[]>();
  readonly tracks = input.required<CareerTrackDto[]>();
  readonly canNominate = input(false);
  readonly nominate = output<TalentRowDto>();
  private readonly levels = computed(() => levelsById(this.tracks()));

  protected name(levelId: string) {
    return this.levels().get(levelId)?.name ?? { en: '', zh: '' };
  }
}
