import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  OPEN_PROMOTION_STATUSES,
  type AssessmentDto,
  type CareerDto,
  type PromotionDto,
} from '@cadre/shared/contracts';
import { CareersApi, levelsById } from '@cadre/web/careers/data-access';
import { ErrorTextPipe, Notifier, SessionStore, submission } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { EmptyStateComponent, ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';
import { AssessmentDialogComponent, type AssessmentDialogData } from './assessment-dialog.component';
import { openNomination } from './nominate-dialog.component';
import { PlaceDialogComponent } from './place-dialog.component';
import { ReadinessPanelComponent } from './readiness-panel.component';
import { TrackMapComponent } from './track-map.component';

/**
 * One person's career: the track map with where they are, readiness for the level chosen
 * (the next by default) with every part explained, the development plan, this cycle's
 * assessment and their promotions. The person acts on their own plan and self-rating;
 * their manager rates, agrees and nominates from here.
 */
@Component({
  selector: 'cadre-career-view',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    ErrorTextPipe,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    TrackMapComponent,
    ReadinessPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (career.isLoading() && !career.hasValue()) {
      <cadre-loading [label]="'common.loading' | t" />
    } @else if (career.error() && !career.hasValue()) {
      <cadre-error-state
        [message]="career.error() | errorText"
        [retryLabel]="'common.retry' | t"
        (retry)="career.reload()"
      />
    } @else if (career.hasValue()) {
      @let c = career.value();
      <section class="card where" data-testid="career-position">
        @if (c.position; as p) {
          <h2>{{ (self() ? 'career.where.mine' : 'career.where.theirs') | t: { name: c.fullName } }}</h2>
          <p class="level-name" data-testid="current-level">{{ levelName(p.levelId) | bilingual }}</p>
          <p class="muted">
            {{ 'career.where.since' | t: { date: (p.startsOn | localDate) } }}
            @if (p.source === 'credited') {
              · {{ 'career.where.credited' | t }}
            }
          </p>
          @if (level(p.levelId); as l) {
            <p>{{ l.responsibilities | bilingual }}</p>
          }
        } @else {
          <cadre-empty-state
            icon="route"
            [title]="'career.where.none' | t"
            [hint]="'career.where.noneHint' | t"
          />
        }
        @if (placesPeople()) {
          <button mat-stroked-button type="button" (click)="place()" data-testid="place">
            <mat-icon>move_up</mat-icon>{{ 'career.place.action' | t }}
          </button>
        }
      </section>

      <section class="card" data-testid="career-map">
        <h2>{{ 'career.map.title' | t }}</h2>
        <p class="muted">{{ (self() ? 'career.map.hint' : 'career.map.hintOther') | t }}</p>
        <cadre-track-map
          [tracks]="c.tracks"
          [currentLevelId]="c.position?.levelId ?? null"
          [nextLevelIds]="c.nextLevelIds"
          [selectedLevelId]="c.readiness?.levelId ?? null"
          [self]="self()"
          (pick)="choose($event)"
        />
      </section>

      @if (c.readiness; as r) {
        <section class="card" data-testid="career-readiness">
          <h2>{{ 'career.readiness.title' | t }}</h2>
          <cadre-readiness-panel [readiness]="r" [levelName]="levelName(r.levelId)" />
        </section>
      }

      <section class="card" data-testid="career-plan">
        <h2>{{ 'career.plan.title' | t }}</h2>
        @for (item of c.plan; track item.id) {
          <div class="plan-item" data-testid="plan-item">
            <mat-icon aria-hidden="true">flag</mat-icon>
            <div>
              <strong>{{ item.competencyName | bilingual }}</strong>
              <span class="muted">
                ·
                {{
                  'career.plan.toLevel'
                    | t: { level: item.targetLevel, target: levelName(item.levelId) | bilingual }
                }}
              </span>
              <div class="muted">
                @if (item.course; as course) {
                  {{ 'career.plan.course' | t }}
                  <a routerLink="/learning/catalogue"> {{ course.code }} · {{ course.title | bilingual }} </a>
                } @else {
                  {{ 'career.plan.noCourse' | t }}
                }
                ·
                {{ (item.mentorGoalId ? 'career.plan.goalSet' : 'career.plan.noMentor') | t }}
              </div>
            </div>
          </div>
        } @empty {
          <p class="muted">{{ 'career.plan.none' | t }}</p>
        }
        @if (canPlan() && c.readiness; as r) {
          @if (gaps() > 0) {
            <button
              mat-flat-button
              type="button"
              [disabled]="planning.busy()"
              (click)="startPlan(r.levelId)"
              data-testid="start-plan"
            >
              <mat-icon>playlist_add</mat-icon>
              {{
                (c.plan.length ? 'career.plan.addGaps' : 'career.plan.start')
                  | t: { level: levelName(r.levelId) | bilingual }
              }}
            </button>
          }
          @if (planning.error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
        }
      </section>

      <section class="card" data-testid="career-assessment">
        <h2>{{ 'career.assessment.title' | t }}</h2>
        @if (c.assessment; as a) {
          <p>
            {{ a.cycleName }} · {{ 'career.assessment.due' | t: { date: (a.dueOn | localDate) } }} ·
            <strong data-testid="assessment-status">{{ 'career.assessment.status.' + a.status | t }}</strong>
          </p>
          @if (showRatings(a)) {
            <table class="ratings">
              <thead>
                <tr>
                  <th scope="col">{{ 'career.col.competency' | t }}</th>
                  <th scope="col">{{ 'career.assessment.self' | t }}</th>
                  <th scope="col">{{ 'career.assessment.manager' | t }}</th>
                  <th scope="col">{{ 'career.assessment.agreed' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (r of a.ratings; track r.competencyId) {
                  <tr [class.flagged]="r.flagged">
                    <td>
                      {{ r.competencyName | bilingual }}
                      @if (r.flagged) {
                        <span class="flag">{{ 'career.assess.flagged' | t }}</span>
                      }
                      @if (r.selfEvidence) {
                        <div class="evidence">
                          {{ 'career.assess.selfSaid' | t: { text: r.selfEvidence } }}
                        </div>
                      }
                      @if (r.managerEvidence) {
                        <div class="evidence">
                          {{ 'career.assess.managerSaid' | t: { text: r.managerEvidence } }}
                        </div>
                      }
                    </td>
                    <td>{{ r.selfLevel ?? '–' }}</td>
                    <td>{{ r.managerLevel ?? '–' }}</td>
                    <td>{{ r.agreedLevel ?? '–' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
          <div class="actions">
            @if (self() && (a.status === 'open' || a.status === 'manager_done' || a.status === 'self_done')) {
              <button mat-stroked-button type="button" (click)="assess(a, 'self')" data-testid="rate-self">
                <mat-icon>rate_review</mat-icon>
                {{
                  (a.status === 'self_done' ? 'career.assessment.changeSelf' : 'career.assessment.rateSelf')
                    | t
                }}
              </button>
            }
            @if (manages() && a.status !== 'agreed') {
              <button
                mat-stroked-button
                type="button"
                (click)="assess(a, 'manager')"
                data-testid="rate-manager"
              >
                <mat-icon>rate_review</mat-icon>{{ 'career.assessment.rateManager' | t }}
              </button>
              @if (a.status === 'both_done') {
                <button mat-flat-button type="button" (click)="assess(a, 'agree')" data-testid="agree">
                  <mat-icon>handshake</mat-icon>{{ 'career.assessment.agree' | t }}
                </button>
              }
            }
          </div>
        } @else {
          <p class="muted">{{ (self() ? 'career.assessment.none' : 'career.assessment.noneOther') | t }}</p>
        }
      </section>

      <section class="card" data-testid="career-promotions">
        <h2>{{ 'career.promotions.title' | t }}</h2>
        @for (p of c.promotions; track p.id) {
          <p>
            {{
              'career.promotion.move'
                | t: { from: p.fromLevel.name | bilingual, to: p.toLevel.name | bilingual }
            }}
            ·
            @if (p.effectiveOn && (p.status === 'effective' || p.status === 'approved')) {
              <strong>{{
                'career.promotion.' + p.status + 'On' | t: { date: (p.effectiveOn | localDate) }
              }}</strong>
            } @else {
              <strong>{{ 'career.promotion.status.' + p.status | t }}</strong>
            }
          </p>
        } @empty {
          <p class="muted">{{ 'career.promotions.none' | t }}</p>
        }
        @if (manages() && c.position && c.nextLevelIds.length && !openPromotion()) {
          <button mat-flat-button type="button" (click)="nominate()" data-testid="nominate">
            <mat-icon>trending_up</mat-icon>{{ 'career.nominate.action' | t }}
          </button>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 16px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      min-width: 0;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .level-name {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .plan-item {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .plan-item mat-icon {
      color: var(--mat-sys-primary);
      flex: none;
    }
    .ratings {
      width: 100%;
      border-collapse: collapse;
      margin: 8px 0;
    }
    .ratings th,
    .ratings td {
      text-align: start;
      padding: 4px 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .evidence {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .flag {
      color: var(--mat-sys-error);
      font: var(--mat-sys-label-small);
      margin-inline-start: 6px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    button[data-testid='start-plan'],
    button[data-testid='nominate'] {
      margin-top: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CareerViewComponent {
  /** Whose career; null for one's own. */
  readonly employeeId = input<string | null>(null);
  private readonly api = inject(CareersApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  private readonly levelChoice = signal<string | null>(null);

  protected readonly career = rxResource({
    params: () => ({ employeeId: this.employeeId(), levelId: this.levelChoice() }),
    stream: ({ params }) => this.api.career(params.employeeId, params.levelId),
  });
  private readonly levels = computed(() => levelsById(this.career.value()?.tracks ?? []));
  protected readonly self = computed(() => {
    const id = this.employeeId();
    return id === null || id === this.session.user()?.employeeId;
  });
  /** A manager looking at someone in their subtree (the API refuses anyone else). */
  protected readonly manages = computed(
    () => !this.self() && this.session.hasPermission('careers:manage-team'),
  );
  protected readonly canPlan = computed(
    () => this.self() || this.manages() || this.session.hasPermission('careers:manage'),
  );
  /** Competencies short of the level shown that the plan does not cover yet. */
  protected readonly gaps = computed(() => {
    const c = this.career.value();
    const r = c?.readiness;
    if (!c || !r) return 0;
    const planned = new Set(c.plan.filter((i) => i.levelId === r.levelId).map((i) => i.competencyId));
    return r.parts.competencies.items.filter((i) => !i.met && !planned.has(i.competencyId)).length;
  });
  protected readonly openPromotion = computed(() =>
    (this.career.value()?.promotions ?? []).some((p: PromotionDto) =>
      OPEN_PROMOTION_STATUSES.includes(p.status),
    ),
  );
  protected readonly planning = submission();
  /** HR places people on levels and credits experience from before they joined. */
  protected readonly placesPeople = computed(() => this.session.hasPermission('careers:manage'));

  protected level(id: string) {
    return this.levels().get(id) ?? null;
  }

  protected levelName(id: string) {
    return this.levels().get(id)?.name ?? { en: '', zh: '' };
  }

  protected choose(levelId: string): void {
    this.levelChoice.set(levelId);
  }

  /** Each side sees the other's ratings once both have rated; before, only their own. */
  protected showRatings(a: AssessmentDto): boolean {
    return a.ratings.some((r) => r.selfLevel !== null || r.managerLevel !== null || r.agreedLevel !== null);
  }

  protected async startPlan(levelId: string): Promise<void> {
    const employeeId = this.employeeId() ?? this.career.value()?.employeeId;
    if (!employeeId) return;
    const done = await this.planning.run(() => firstValueFrom(this.api.createPlan(employeeId, levelId)));
    if (done) {
      this.notifier.success('career.plan.created');
      this.career.reload();
    }
  }

  protected async assess(assessment: AssessmentDto, mode: AssessmentDialogData['mode']): Promise<void> {
    const saved = await firstValueFrom(
      this.dialog
        .open<AssessmentDialogComponent, AssessmentDialogData, AssessmentDto>(AssessmentDialogComponent, {
          data: { assessment, mode },
          autoFocus: 'dialog',
        })
        .afterClosed(),
    );
    if (!saved) return;
    this.notifier.success(`career.assess.${mode}.done`);
    this.career.reload();
  }

  protected async place(): Promise<void> {
    const c = this.career.value();
    if (!c) return;
    const placed = await firstValueFrom(
      this.dialog
        .open<PlaceDialogComponent, CareerDto, CareerDto>(PlaceDialogComponent, {
          data: c,
          autoFocus: 'dialog',
        })
        .afterClosed(),
    );
    if (!placed) return;
    this.notifier.success('career.place.done', { name: c.fullName });
    this.career.reload();
  }

  protected async nominate(): Promise<void> {
    const c = this.career.value();
    if (!c) return;
    const made = await openNomination(this.dialog, { employeeId: c.employeeId, fullName: c.fullName });
    if (!made) return;
    this.notifier.success('career.nominate.done', { name: c.fullName });
    this.career.reload();
  }
}
