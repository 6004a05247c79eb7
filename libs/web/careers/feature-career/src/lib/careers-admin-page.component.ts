import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { of, firstValueFrom } from 'rxjs';
import type {
  AssessmentCycleDto,
  CareerLevelDto,
  CareerTrackDto,
  PromotionAction,
  PromotionDto,
} from '@cadre/shared/contracts';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ErrorTextPipe, Notifier } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { OrgUnitSelectComponent } from '@cadre/web/identity/widgets';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { CareerTabsComponent } from './career-tabs.component';
import { CycleDialogComponent } from './cycle-dialog.component';
import { openDecision } from './decision-dialog.component';
import { LevelDialogComponent, type LevelDialogData } from './level-dialog.component';
import { PercentOfPipe } from './percent-of.pipe';
import { PromotionListComponent } from './promotion-list.component';
import { TalentTableComponent } from './talent-table.component';

/**
 * HR's careers: the promotion queue and history, assessment cycles with calibration per
 * unit, the tracks and what each level asks, and any unit's talent view.
 */
@Component({
  selector: 'cadre-careers-admin-page',
  imports: [
    MatButtonModule,
    OrgUnitSelectComponent,
    MatIconModule,
    MatTabsModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    ErrorTextPipe,
    PercentOfPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    CareerTabsComponent,
    PromotionListComponent,
    TalentTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'career.admin.title' | t" [subtitle]="'career.admin.subtitle' | t" />
      <cadre-career-tabs />
      <mat-tab-group mat-stretch-tabs="false" animationDuration="0ms">
        <mat-tab [label]="'career.admin.promotions' | t">
          <div class="tab" data-testid="promotion-queue">
            @if (promotions.isLoading() && !promotions.hasValue()) {
              <cadre-loading [label]="'common.loading' | t" />
            } @else if (promotions.error()) {
              <cadre-error-state
                [message]="promotions.error() | errorText"
                [retryLabel]="'common.retry' | t"
                (retry)="promotions.reload()"
              />
            } @else {
              <h2>{{ 'career.admin.queue' | t }}</h2>
              <cadre-promotion-list
                [promotions]="queue()"
                emptyKey="career.admin.queueEmpty"
                (act)="decide($event.promotion, $event.action)"
              />
              <h2>{{ 'career.admin.history' | t }}</h2>
              <cadre-promotion-list
                [promotions]="history()"
                (act)="decide($event.promotion, $event.action)"
              />
            }
          </div>
        </mat-tab>
        <mat-tab [label]="'career.admin.assessments' | t">
          <div class="tab">
            <div class="row">
              <h2>{{ 'career.admin.cycles' | t }}</h2>
              <button mat-flat-button type="button" (click)="openCycle()" data-testid="open-cycle">
                <mat-icon>add</mat-icon>{{ 'career.cycle.open' | t }}
              </button>
            </div>
            @for (c of cycles.value() ?? []; track c.id) {
              <button
                type="button"
                class="cycle"
                [class.selected]="c.id === cycleId()"
                [attr.aria-pressed]="c.id === cycleId()"
                (click)="cycleChoice.set(c.id)"
              >
                <strong>{{ c.name }}</strong>
                <span class="muted">
                  {{
                    'career.cycle.progress'
                      | t: { agreed: c.agreed, total: c.assessments, date: (c.dueOn | localDate) }
                  }}
                </span>
              </button>
            } @empty {
              <p class="muted">{{ 'career.cycle.none' | t }}</p>
            }
            @if (calibration.hasValue() && cycleId()) {
              <h2>{{ 'career.calibration.title' | t }}</h2>
              <p class="muted">{{ 'career.calibration.hint' | t }}</p>
              <div class="scroll">
                <table class="stack-on-phone" data-testid="calibration">
                  <thead>
                    <tr>
                      <th scope="col">{{ 'career.col.unit' | t }}</th>
                      <th scope="col">{{ 'career.calibration.agreed' | t }}</th>
                      <th scope="col">{{ 'career.calibration.flagged' | t }}</th>
                      @for (l of [1, 2, 3, 4, 5]; track l) {
                        <th scope="col">{{ 'career.calibration.level' | t: { level: l } }}</th>
                      }
                      <th scope="col">{{ 'career.calibration.mean' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of calibration.value(); track row.orgUnitId) {
                      <tr>
                        <td>{{ row.orgUnitName }}</td>
                        <td [attr.data-label]="'career.calibration.agreed' | t">
                          {{ row.agreed }} / {{ row.assessed }}
                        </td>
                        <td [attr.data-label]="'career.calibration.flagged' | t">{{ row.flagged }}</td>
                        @for (n of row.distribution; track $index) {
                          <td [attr.data-label]="'career.calibration.level' | t: { level: $index + 1 }">
                            {{ n }}
                          </td>
                        }
                        <td [attr.data-label]="'career.calibration.mean' | t">{{ row.meanAgreed ?? '–' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          </div>
        </mat-tab>
        <mat-tab [label]="'career.admin.tracks' | t">
          <div class="tab" data-testid="track-editor">
            @for (track of tracks.value() ?? []; track track.id) {
              <div class="row">
                <h2>{{ track.name | bilingual }}</h2>
                <button
                  mat-stroked-button
                  type="button"
                  (click)="addLevel(track)"
                  [attr.data-testid]="'add-level-' + track.kind"
                >
                  <mat-icon>add</mat-icon>{{ 'career.level.add' | t }}
                </button>
              </div>
              @for (level of track.levels; track level.id) {
                <article class="level">
                  <header>
                    <span class="rank">{{ level.rank }}</span>
                    <strong>{{ level.name | bilingual }}</strong>
                    <span class="muted">v{{ level.version }} · {{ level.roleProfileCode }}</span>
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="editLevel(track, level)"
                      [attr.data-testid]="'edit-level-' + level.roleProfileCode"
                    >
                      <mat-icon>edit</mat-icon>{{ 'common.edit' | t }}
                    </button>
                  </header>
                  <p>{{ level.responsibilities | bilingual }}</p>
                  <p class="muted">
                    {{
                      'career.level.summary'
                        | t
                          : {
                              months: level.minMonthsInPreviousLevel,
                              certifications: level.certifications.join(', ') || '–',
                            }
                    }}
                  </p>
                  @for (t of level.results; track $index) {
                    <p class="muted">
                      {{
                        'career.results.rule'
                          | t
                            : {
                                metric: t.metric,
                                percent: (t.minAttainment | percentOf),
                                quarters: t.quarters,
                                of: t.ofQuarters,
                              }
                      }}
                    </p>
                  }
                  @if (level.movesTo.length) {
                    <p class="muted">{{ 'career.level.moves' | t: { levels: movesOf(level) } }}</p>
                  }
                </article>
              }
            }
          </div>
        </mat-tab>
        <mat-tab [label]="'career.admin.units' | t">
          <div class="tab">
            <cadre-org-unit-select [label]="'career.col.unit' | t" [(value)]="unitId" testId="unit-choice" />
            @if (unit.isLoading()) {
              <cadre-loading [label]="'common.loading' | t" />
            } @else if (unit.hasValue() && unitId()) {
              <cadre-talent-table [rows]="unit.value()" [tracks]="tracks.value() ?? []" />
            } @else {
              <p class="muted">{{ 'career.admin.chooseUnit' | t }}</p>
            }
          </div>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .tab {
      padding: 16px 0;
      display: grid;
      gap: 8px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 8px 0;
    }
    .row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      flex-wrap: wrap;
    }
    .cycle {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      text-align: start;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      cursor: pointer;
    }
    .cycle.selected {
      box-shadow: 0 0 0 2px var(--mat-sys-primary);
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .level {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px;
    }
    .level header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .level header button {
      margin-inline-start: auto;
    }
    .level p {
      margin: 4px 0;
    }
    .rank {
      width: 24px;
      height: 24px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      background: var(--mat-sys-surface-container-high);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CareersAdminPageComponent {
  private readonly api = inject(CareersApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  protected readonly promotions = rxResource({ stream: () => this.api.promotions() });
  protected readonly tracks = rxResource({ stream: () => this.api.tracks() });
  protected readonly cycles = rxResource({ stream: () => this.api.cycles() });
  protected readonly cycleChoice = signal<string | null>(null);
  /** The cycle chosen, else the newest. */
  protected readonly cycleId = computed(() => this.cycleChoice() ?? this.cycles.value()?.[0]?.id ?? null);
  protected readonly calibration = rxResource({
    params: () => this.cycleId(),
    stream: ({ params }) => (params ? this.api.calibration(params) : of([])),
  });
  protected readonly unitId = signal<string | null>(null);
  protected readonly unit = rxResource({
    params: () => this.unitId(),
    stream: ({ params }) => (params ? this.api.team(params, true) : of([])),
  });
  protected readonly queue = computed(() =>
    (this.promotions.value() ?? []).filter((p) => p.status === 'awaiting_hr'),
  );
  protected readonly history = computed(() =>
    (this.promotions.value() ?? []).filter((p) => p.status !== 'awaiting_hr'),
  );

  protected movesOf(level: CareerLevelDto): string {
    const all = (this.tracks.value() ?? []).flatMap((t) => t.levels);
    return level.movesTo
      .flatMap((id) => all.find((l) => l.id === id) ?? [])
      .map((l) => this.i18n.pick(l.name))
      .join(', ');
  }

  protected async decide(promotion: PromotionDto, action: PromotionAction): Promise<void> {
    const decided = await openDecision(this.dialog, promotion, action);
    if (!decided) return;
    this.notifier.success(`career.decide.${action}.done`, { name: promotion.fullName });
    this.promotions.reload();
  }

  protected async openCycle(): Promise<void> {
    const opened = await firstValueFrom(
      this.dialog.open<CycleDialogComponent, void, AssessmentCycleDto>(CycleDialogComponent).afterClosed(),
    );
    if (!opened) return;
    this.notifier.success('career.cycle.opened', { count: opened.assessments });
    this.cycleChoice.set(opened.id);
    this.cycles.reload();
  }

  protected editLevel(track: CareerTrackDto, level: CareerLevelDto): Promise<void> {
    return this.openLevel({ tracks: this.tracks.value() ?? [], trackId: track.id, level });
  }

  protected addLevel(track: CareerTrackDto): Promise<void> {
    return this.openLevel({ tracks: this.tracks.value() ?? [], trackId: track.id, level: null });
  }

  private async openLevel(data: LevelDialogData): Promise<void> {
    const saved = await firstValueFrom(
      this.dialog
        .open<LevelDialogComponent, LevelDialogData, CareerTrackDto[]>(LevelDialogComponent, {
          data,
          autoFocus: 'dialog',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
    if (!saved) return;
    this.notifier.success(data.level ? 'career.level.saved' : 'career.level.added');
    this.tracks.set(saved);
  }
}
