import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { CohortProposalDto, TeamMentoringRowDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, submission } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { EmptyStateComponent, ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';
import {
  cohortCapacityProblems,
  cohortScore,
  optionOf,
  optionsFor,
  swapMentors,
  type CohortChoice,
} from './cohort-choice';

/** Recent hires are a cohort's candidates. */
const COHORT_DAYS = 90;

/**
 * Cohort assignment: pick mentees (this quarter's new hires without a mentor), get the
 * proposal with the largest total score, change pairs (by choosing, or by dragging a
 * mentor onto another mentee to swap), then accept every pair at once or discard.
 */
@Component({
  selector: 'cadre-cohort-panel',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!proposal()) {
      @if (candidates.isLoading() && !candidates.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (candidates.error()) {
        <cadre-error-state
          [message]="candidates.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="candidates.reload()"
        />
      } @else if (unpaired().length === 0) {
        <cadre-empty-state
          icon="how_to_reg"
          [title]="'mentoring.cohort.none' | t: { days: cohortDays }"
          [hint]="'mentoring.cohort.noneHint' | t"
        />
      } @else {
        <p class="muted">{{ 'mentoring.cohort.pick' | t: { days: cohortDays } }}</p>
        <ul class="candidates" data-testid="cohort-candidates">
          @for (r of unpaired(); track r.employeeId) {
            <li>
              <mat-checkbox
                [checked]="selected().has(r.employeeId)"
                (change)="toggle(r.employeeId, $event.checked)"
              >
                {{ r.fullName }}
                <span class="muted"
                  >· {{ r.jobTitle }} ·
                  {{ 'mentoring.cohort.hired' | t: { date: (r.hireDate | localDate) } }}</span
                >
              </mat-checkbox>
            </li>
          }
        </ul>
        <button
          mat-flat-button
          type="button"
          [disabled]="!selected().size || busy()"
          (click)="propose()"
          data-testid="cohort-propose"
        >
          <mat-icon>auto_awesome</mat-icon>{{ 'mentoring.cohort.propose' | t: { count: selected().size } }}
        </button>
      }
    } @else {
      @let p = proposal()!;
      <p>
        {{ 'mentoring.cohort.total' | t: { total: total(), optimum: p.total } }}
      </p>
      <p class="muted">{{ 'mentoring.cohort.dragHint' | t }}</p>
      @for (s of p.skipped; track s.menteeId) {
        <p class="muted">{{ 'mentoring.cohort.skipped' | t: { name: s.menteeName } }}</p>
      }
      <div class="table-wrap" cdkDropListGroup>
        <table data-testid="cohort-proposal">
          <thead>
            <tr>
              <th>{{ 'mentoring.pairing.mentee' | t }}</th>
              <th>{{ 'mentoring.pairing.mentor' | t }}</th>
              <th class="num">{{ 'mentoring.cohort.score' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.menteeId) {
              <tr>
                <td>{{ row.menteeName }}</td>
                <td
                  cdkDropList
                  [cdkDropListData]="row.menteeId"
                  (cdkDropListDropped)="dropped($event)"
                  class="drop"
                >
                  <div class="mentor-cell">
                    @if (row.mentorId) {
                      <!-- The handle carries the mentor; the list beside it names them and is the keyboard's way. -->
                      <span
                        class="chip"
                        cdkDrag
                        [cdkDragData]="row.menteeId"
                        [title]="'mentoring.cohort.dragTitle' | t: { name: row.mentorName }"
                      >
                        <mat-icon aria-hidden="true">drag_indicator</mat-icon>
                        <span class="chip-name">{{ row.mentorName }}</span>
                      </span>
                    }
                    <mat-form-field class="choose" subscriptSizing="dynamic">
                      <mat-label>{{ 'mentoring.cohort.change' | t }}</mat-label>
                      <mat-select
                        [value]="row.mentorId"
                        (selectionChange)="choose(row.menteeId, $event.value)"
                        [attr.data-testid]="'cohort-mentor-' + row.menteeId"
                      >
                        <mat-option [value]="null">{{ 'mentoring.cohort.noMentor' | t }}</mat-option>
                        @for (o of optionsFor(row.menteeId); track o.mentorId) {
                          <mat-option [value]="o.mentorId">{{ o.mentorName }} · {{ o.score }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                  </div>
                </td>
                <td class="num">{{ row.score }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @for (c of capacityProblems(); track c.mentorId) {
        <p class="error" role="alert">
          {{
            'mentoring.cohort.overCapacity'
              | t: { name: c.mentorName, count: c.count, remaining: c.remaining }
          }}
        </p>
      }
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <div class="actions">
        <button mat-button type="button" (click)="discard()" data-testid="cohort-discard">
          {{ 'mentoring.cohort.discard' | t }}
        </button>
        <button
          mat-flat-button
          type="button"
          [disabled]="busy() || capacityProblems().length > 0 || !chosenPairs().length"
          (click)="accept()"
          data-testid="cohort-accept"
        >
          <mat-icon>done_all</mat-icon>{{ 'mentoring.cohort.accept' | t: { count: chosenPairs().length } }}
        </button>
      </div>
    }
  `,
  styles: `
    .candidates {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: middle;
      }
      .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    }
    .mentor-cell {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 4px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      cursor: grab;
    }
    /* While dragged the handle shows whom it carries; at rest the list beside it does. */
    .chip .chip-name {
      display: none;
    }
    .chip.cdk-drag-preview .chip-name {
      display: inline;
    }
    .drop.cdk-drop-list-receiving {
      outline: 2px dashed var(--mat-sys-primary);
    }
    .choose {
      min-width: 160px;
      flex: 1;
    }
    .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
      margin-top: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CohortPanelComponent {
  private readonly api = inject(MentorshipApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  protected readonly cohortDays = COHORT_DAYS;
  protected readonly candidates = rxResource({ stream: () => this.api.team(COHORT_DAYS) });
  protected readonly unpaired = computed<TeamMentoringRowDto[]>(() =>
    (this.candidates.hasValue() ? this.candidates.value() : []).filter(
      (r) => !r.pairing || r.pairing.status === 'completed' || r.pairing.status === 'cancelled',
    ),
  );
  /** Everyone unpaired is in the cohort until unticked. */
  private readonly unticked = signal<ReadonlySet<string>>(new Set());
  protected readonly selected = computed(
    () =>
      new Set(
        this.unpaired()
          .map((r) => r.employeeId)
          .filter((id) => !this.unticked().has(id)),
      ),
  );
  protected readonly proposal = signal<CohortProposalDto | null>(null);
  private readonly choice = signal<CohortChoice>(new Map());
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected readonly rows = computed(() => {
    const p = this.proposal();
    if (!p) return [];
    return p.pairs.map((pair) => {
      const mentorId = this.choice().get(pair.menteeId) ?? null;
      const option = optionOf(p, pair.menteeId, mentorId);
      return {
        menteeId: pair.menteeId,
        menteeName: pair.menteeName,
        mentorId,
        mentorName: option?.mentorName ?? null,
        score: option?.score ?? 0,
      };
    });
  });
  protected readonly total = computed(() => {
    const p = this.proposal();
    return p ? cohortScore(p, this.choice()) : 0;
  });
  protected readonly capacityProblems = computed(() => {
    const p = this.proposal();
    return p ? cohortCapacityProblems(p, this.choice()) : [];
  });
  protected readonly chosenPairs = computed(() =>
    [...this.choice().entries()].flatMap(([menteeId, mentorId]) =>
      mentorId ? [{ menteeId, mentorId }] : [],
    ),
  );

  protected toggle(id: string, on: boolean): void {
    this.unticked.update((s) => {
      const next = new Set(s);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  protected optionsFor(menteeId: string) {
    const p = this.proposal();
    return p ? optionsFor(p, menteeId) : [];
  }

  protected async propose(): Promise<void> {
    await this.submission.run(async () => {
      const proposal = await firstValueFrom(this.api.proposeCohort([...this.selected()]));
      this.choice.set(new Map(proposal.pairs.map((p) => [p.menteeId, p.mentorId])));
      this.proposal.set(proposal);
    });
  }

  protected choose(menteeId: string, mentorId: string | null): void {
    this.choice.update((c) => new Map(c).set(menteeId, mentorId));
  }

  /** A mentor dropped on another mentee swaps the two mentees' mentors, when both pairs are allowed. */
  protected dropped(event: CdkDragDrop<string, string, string>): void {
    const p = this.proposal();
    if (!p) return;
    const swapped = swapMentors(p, this.choice(), event.item.data, event.container.data);
    this.error.set(swapped ? null : this.i18n.t('mentoring.cohort.swapRefused'));
    if (swapped) this.choice.set(swapped);
  }

  protected discard(): void {
    this.proposal.set(null);
    this.choice.set(new Map());
  }

  protected async accept(): Promise<void> {
    const pairs = this.chosenPairs();
    const done = await this.submission.run(async () => {
      await firstValueFrom(this.api.acceptCohort(pairs));
    });
    if (!done) return;
    this.notifier.success('mentoring.cohort.accepted', { count: pairs.length });
    this.discard();
    this.candidates.reload();
  }
}
