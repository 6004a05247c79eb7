import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { PairingDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, SessionStore } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { CheckInDialogComponent } from './check-in-dialog.component';
import {
  MentorProfileDialogComponent,
  type MentorProfileDialogData,
} from './mentor-profile-dialog.component';
import { PairingCardComponent } from './pairing-card.component';

/** My mentoring: my mentor, my mentees (a check-in in two clicks), and my mentor profile. */
@Component({
  selector: 'cadre-my-mentoring-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    LocalDatePipe,
    TranslatePipe,
    BilingualPipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PairingCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'mentoring.title' | t" [subtitle]="'mentoring.subtitle' | t">
        @if (canAssign()) {
          <a mat-stroked-button routerLink="team" data-testid="to-team">
            <mat-icon>groups</mat-icon>{{ 'mentoring.team.title' | t }}
          </a>
          <a mat-stroked-button routerLink="programme" data-testid="to-programme">
            <mat-icon>insights</mat-icon>{{ 'mentoring.programme.title' | t }}
          </a>
        }
      </cadre-page-header>
      @if (mine.isLoading() && !mine.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (mine.error()) {
        <cadre-error-state
          [message]="mine.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="mine.reload()"
        />
      } @else if (mine.hasValue()) {
        @let m = mine.value();
        <div class="sections" [class.mentor-first]="mentorFirst()">
          <section class="as-mentee">
            <h2 class="section">{{ 'mentoring.myMentor' | t }}</h2>
            @for (p of openAsMentee(); track p.id) {
              <cadre-pairing-card [pairing]="p" (logCheckIn)="logCheckIn(p)" />
              @if (mentorDetail.value(); as d) {
                <div class="mentee-detail">
                  <div>
                    <h3 class="sub">{{ 'mentoring.goals' | t }}</h3>
                    @for (g of d.goals; track g.id) {
                      <div class="goal" data-testid="my-goal">
                        <span>{{ g.title }}</span>
                        <mat-progress-bar
                          mode="determinate"
                          [value]="g.progress"
                          [attr.aria-label]="g.title"
                        />
                        <span class="pct">{{ g.progress }}%</span>
                      </div>
                    } @empty {
                      <p class="muted">{{ 'mentoring.goal.none' | t }}</p>
                    }
                  </div>
                  <div>
                    <h3 class="sub">{{ 'mentoring.lastCheckIn' | t }}</h3>
                    @if (d.checkIns[0]; as c) {
                      <p class="muted">{{ c.heldOn | localDate }} · {{ c.authorName }}</p>
                      <p class="notes" data-testid="last-check-in">{{ c.sharedNotes }}</p>
                    } @else {
                      <p class="muted">{{ 'mentoring.checkIn.none' | t }}</p>
                    }
                  </div>
                </div>
              }
            } @empty {
              @if (mentorFirst() || canAssign()) {
                <!-- Mentors, managers and HR rarely look for a mentor here: a line, not a picture. -->
                <p class="muted">{{ 'mentoring.noMentorShort' | t }}</p>
              } @else {
                <cadre-empty-state
                  icon="diversity_3"
                  [title]="'mentoring.noMentor' | t"
                  [hint]="'mentoring.noMentorHint' | t"
                />
              }
            }
          </section>
          <section>
            <h2 class="section">{{ 'mentoring.myMentees' | t }}</h2>
            @if (openAsMentor().length) {
              <div class="grid">
                @for (p of openAsMentor(); track p.id) {
                  <cadre-pairing-card [pairing]="p" (logCheckIn)="logCheckIn(p)" />
                }
              </div>
            } @else {
              <p class="muted">{{ (m.profile ? 'mentoring.noMenteesYet' : 'mentoring.noMentees') | t }}</p>
            }
          </section>
          <section class="profile" data-testid="mentor-profile">
            <h2 class="section">{{ 'mentoring.profile.title' | t }}</h2>
            @if (m.profile; as profile) {
              <p>
                {{
                  (profile.active ? 'mentoring.profile.summary' : 'mentoring.profile.paused')
                    | t: { load: profile.load, capacity: profile.capacity }
                }}
              </p>
              @if (profile.strengths.length) {
                <ul class="chips">
                  @for (s of profile.strengths; track s.competencyId) {
                    <li>{{ s.competencyName | bilingual }} · {{ s.level }}</li>
                  }
                </ul>
              }
              <button mat-stroked-button type="button" (click)="editProfile()" data-testid="edit-profile">
                <mat-icon>edit</mat-icon>{{ 'mentoring.profile.edit' | t }}
              </button>
            } @else {
              <p class="muted">{{ 'mentoring.profile.invite' | t }}</p>
              <button mat-flat-button type="button" (click)="editProfile()" data-testid="become-mentor">
                <mat-icon>volunteer_activism</mat-icon>{{ 'mentoring.profile.optIn' | t }}
              </button>
            }
          </section>
        </div>
        @if (closed().length) {
          <section>
            <h2 class="section">{{ 'mentoring.past' | t }}</h2>
            <ul class="past">
              @for (p of closed(); track p.id) {
                <li>
                  <a [routerLink]="['pairings', p.id]">{{ p.mentor.fullName }} → {{ p.mentee.fullName }}</a>
                  <span class="muted"> · {{ 'mentoring.status.' + p.status | t }}</span>
                </li>
              }
            </ul>
          </section>
        }
      }
    </div>
  `,
  styles: `
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .sections {
      display: flex;
      flex-direction: column;
    }
    /* A mentor without a mentor of their own sees their mentees first. */
    .mentor-first .as-mentee {
      order: 1;
    }
    .mentor-first .profile {
      order: 2;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 12px;
    }
    .chips {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      li {
        padding: 2px 10px;
        border-radius: 8px;
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
    }
    .mentee-detail {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
      gap: 16px;
      margin-top: 12px;
    }
    .sub {
      font: var(--mat-sys-title-small);
      margin: 0 0 8px;
    }
    .goal {
      display: grid;
      grid-template-columns: 1fr 3.5em;
      gap: 2px 8px;
      align-items: center;
      margin-bottom: 8px;
      span:first-child {
        grid-column: 1 / -1;
      }
      .pct {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    }
    .notes {
      white-space: pre-wrap;
      margin: 0;
    }
    .past {
      padding-left: 20px;
    }
  `,
})
export class MyMentoringPageComponent {
  private readonly api = inject(MentorshipApi);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  protected readonly mine = rxResource({ stream: () => this.api.mine() });
  protected readonly canAssign = computed(() => this.session.hasPermission('mentorship:assign'));

  private readonly open = (p: PairingDto) => p.status !== 'completed' && p.status !== 'cancelled';
  protected readonly openAsMentee = computed(() =>
    this.mine.hasValue() ? this.mine.value().asMentee.filter(this.open) : [],
  );
  protected readonly openAsMentor = computed(() =>
    this.mine.hasValue() ? this.mine.value().asMentor.filter(this.open) : [],
  );
  protected readonly mentorFirst = computed(
    () =>
      this.openAsMentee().length === 0 && (this.openAsMentor().length > 0 || !!this.mine.value()?.profile),
  );
  protected readonly closed = computed(() =>
    this.mine.hasValue()
      ? [...this.mine.value().asMentee, ...this.mine.value().asMentor].filter((p) => !this.open(p))
      : [],
  );

  /** The mentee's open pairing in full: goals and the latest check-in, shown under the card. */
  protected readonly mentorDetail = rxResource({
    params: () => this.openAsMentee()[0]?.id,
    stream: ({ params }) => this.api.pairing(params),
  });

  protected async logCheckIn(p: PairingDto): Promise<void> {
    const detail = await firstValueFrom(this.api.pairing(p.id));
    const saved = await firstValueFrom(
      this.dialog.open(CheckInDialogComponent, { data: detail }).afterClosed(),
    );
    if (!saved) return;
    this.mine.reload();
    this.mentorDetail.reload();
  }

  protected async editProfile(): Promise<void> {
    const m = this.mine.value();
    const self = this.session.user()?.employeeId;
    if (!m || !self) return;
    const data: MentorProfileDialogData = {
      candidate: { employeeId: self, profile: m.profile, evidence: m.evidence, competencies: m.competencies },
      fullName: this.session.user()?.displayName ?? '',
      self: true,
    };
    const saved = await firstValueFrom(
      this.dialog.open(MentorProfileDialogComponent, { data }).afterClosed(),
    );
    if (saved) this.mine.reload();
  }
}
