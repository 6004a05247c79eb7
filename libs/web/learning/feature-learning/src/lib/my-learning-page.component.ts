import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { CurriculumItemKind, CurriculumStepStatus } from '@cadre/shared/contracts';
import { ErrorTextPipe, SessionStore } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';

/**
 * "My learning": the next step first (the first unfinished course, overdue before the
 * rest), then every course with its progress and due date, then the certifications held.
 */
/** What each kind of path step looks like while it is still to do. */
const STEP_ICONS: Record<CurriculumItemKind, string> = {
  course: 'school',
  task: 'assignment_ind',
  resource: 'menu_book',
  mentor: 'diversity_3',
};

@Component({
  selector: 'cadre-my-learning-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'learning.title' | t" [subtitle]="'learning.subtitle' | t">
        @if (canManage) {
          <a mat-stroked-button routerLink="courses" data-testid="open-courses">
            <mat-icon>edit_note</mat-icon>{{ 'learning.courses.title' | t }}
          </a>
        }
        @if (canSeeTeam) {
          <a mat-stroked-button routerLink="team" data-testid="open-team-learning">
            <mat-icon>groups</mat-icon>{{ 'learning.team.title' | t }}
          </a>
        }
        <a mat-stroked-button routerLink="catalogue" data-testid="open-catalogue">
          <mat-icon>library_books</mat-icon>{{ 'learning.openCatalogue' | t }}
        </a>
        <a mat-stroked-button routerLink="library" data-testid="open-library">
          <mat-icon>folder_special</mat-icon>{{ 'learning.openLibrary' | t }}
        </a>
      </cadre-page-header>
      @if (learning.isLoading() && !learning.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (learning.error()) {
        <cadre-error-state
          [message]="learning.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="learning.reload()"
        />
      } @else if (learning.hasValue()) {
        @if (next(); as n) {
          <mat-card appearance="outlined" class="next" data-testid="learning-next">
            <mat-card-content>
              <p class="eyebrow">{{ 'learning.next' | t }}</p>
              <h2>{{ n.nextItemTitle | bilingual }}</h2>
              <p class="muted">
                {{ n.title | bilingual }}
                @if (n.dueDate) {
                  ·
                  <span [class.overdue]="n.status === 'overdue'">{{
                    'learning.due' | t: { date: (n.dueDate | localDate) }
                  }}</span>
                }
              </p>
              <a
                mat-flat-button
                [routerLink]="['enrolments', n.id]"
                [queryParams]="{ item: n.nextItemId }"
                data-testid="learning-continue"
              >
                {{ (n.itemsDone ? 'learning.continue' : 'learning.start') | t }}
              </a>
            </mat-card-content>
          </mat-card>
        }
        @for (path of learning.value().curricula; track path.assignmentId) {
          <section class="path" [attr.data-testid]="'curriculum-' + path.assignmentId">
            <h2 class="section">
              {{ path.title | bilingual }}
              <span class="muted small">{{
                'learning.path.progress' | t: { done: path.stepsDone, total: path.stepsTotal }
              }}</span>
            </h2>
            <ol class="steps">
              @for (step of path.steps; track step.itemId) {
                <li [class]="'step step-' + step.status">
                  <mat-icon aria-hidden="true">{{ stepIcon(step.status, step.kind) }}</mat-icon>
                  <div class="step-body">
                    @if (step.kind === 'course' && step.enrolmentId && step.status !== 'locked') {
                      <a [routerLink]="['enrolments', step.enrolmentId]">{{ step.title | bilingual }}</a>
                    } @else if (step.kind === 'resource' && step.resourceId && step.status !== 'locked') {
                      <a [routerLink]="['library', step.resourceId]">{{ step.title | bilingual }}</a>
                    } @else if (step.kind === 'mentor') {
                      <a routerLink="/mentoring">{{ step.title | bilingual }}</a>
                    } @else {
                      <span>{{ step.title | bilingual }}</span>
                    }
                    <div class="muted small">
                      @if (step.status === 'done' && step.kind === 'mentor' && step.signedOffAt) {
                        {{ 'learning.path.mentorMet' | t: { date: (step.signedOffAt | localDate) } }}
                      } @else if (step.status === 'done' && step.signedOffAt) {
                        {{
                          'learning.path.signedOff'
                            | t: { name: step.signedOffBy ?? '', date: (step.signedOffAt | localDate) }
                        }}
                      } @else if (step.status === 'done') {
                        {{ 'learning.status.completed' | t }}
                      } @else {
                        {{ 'learning.path.status.' + step.status | t }} ·
                        {{ 'learning.due' | t: { date: (step.dueDate | localDate) } }}
                      }
                      @if (!step.required) {
                        · {{ 'learning.path.optional' | t }}
                      }
                    </div>
                  </div>
                </li>
              }
            </ol>
          </section>
        }
        @if (learning.value().recommendations.length) {
          <h2 class="section">{{ 'learning.recommended' | t }}</h2>
          <ul class="recommended" data-testid="learning-recommended">
            @for (r of learning.value().recommendations; track r.competencyCode) {
              <li>
                <div>
                  <strong>{{ r.competencyName | bilingual }}</strong>
                  <span class="muted small"> · {{ 'learning.toLevel' | t: { level: r.targetLevel } }}</span>
                </div>
                <div class="chips">
                  @for (c of r.courses; track c.courseId) {
                    @if (c.enrolmentId) {
                      <a mat-stroked-button [routerLink]="['enrolments', c.enrolmentId]">{{
                        c.title | bilingual
                      }}</a>
                    } @else {
                      <a mat-stroked-button routerLink="catalogue">{{ c.title | bilingual }}</a>
                    }
                  }
                </div>
              </li>
            }
          </ul>
        }
        @if (learning.value().newResources.length) {
          <h2 class="section">{{ 'learning.whatsNew' | t }}</h2>
          <ul class="new-resources" data-testid="learning-whats-new">
            @for (r of learning.value().newResources; track r.id) {
              <li>
                <mat-icon aria-hidden="true">{{ r.current.file ? 'description' : 'link' }}</mat-icon>
                <div>
                  <a [routerLink]="['library', r.id]">{{ r.current.title | bilingual }}</a>
                  <div class="muted small">
                    {{ 'learning.resourceKind.' + r.kind | t }} ·
                    @if (r.current.version > 1) {
                      {{ 'learning.updatedOn' | t: { date: (r.current.publishedAt | localDate) } }}
                    } @else {
                      {{ 'learning.addedOn' | t: { date: (r.current.publishedAt | localDate) } }}
                    }
                  </div>
                  @if (r.current.changeNote | bilingual; as note) {
                    <div class="small">{{ note }}</div>
                  }
                </div>
              </li>
            }
          </ul>
        }
        <h2 class="section">{{ 'learning.courses' | t }}</h2>
        @if (learning.value().enrolments.length === 0) {
          <cadre-empty-state
            icon="school"
            [title]="'learning.noCourses' | t"
            [hint]="'learning.noCoursesHint' | t"
          />
        } @else {
          <ul class="courses" data-testid="learning-enrolments">
            @for (e of learning.value().enrolments; track e.id) {
              <li>
                <a
                  class="course"
                  [routerLink]="['enrolments', e.id]"
                  [attr.data-testid]="'enrolment-' + e.courseCode"
                >
                  <div class="line">
                    <span class="name">{{ e.title | bilingual }}</span>
                    <span class="status" [class]="'status status-' + e.status">{{
                      'learning.status.' + e.status | t
                    }}</span>
                  </div>
                  <mat-progress-bar
                    mode="determinate"
                    [value]="e.progressPercent"
                    [attr.aria-label]="'learning.progress' | t: { done: e.itemsDone, total: e.itemsTotal }"
                  />
                  <div class="line muted small">
                    <span
                      >{{ 'learning.progress' | t: { done: e.itemsDone, total: e.itemsTotal } }} ·
                      {{ 'learning.origin.' + e.origin | t }}</span
                    >
                    @if (e.completedAt) {
                      <span>{{ 'learning.completedOn' | t: { date: (e.completedAt | localDate) } }}</span>
                    } @else if (e.dueDate) {
                      <span [class.overdue]="e.status === 'overdue'">{{
                        'learning.due' | t: { date: (e.dueDate | localDate) }
                      }}</span>
                    }
                  </div>
                </a>
              </li>
            }
          </ul>
        }
        <h2 class="section">{{ 'learning.certifications' | t }}</h2>
        @if (learning.value().certifications.length === 0) {
          <cadre-empty-state
            icon="workspace_premium"
            [title]="'learning.noCertifications' | t"
            [hint]="'learning.noCertificationsHint' | t"
          />
        } @else {
          <ul class="certs" data-testid="learning-certifications">
            @for (c of learning.value().certifications; track c.id) {
              <li [class.expired]="c.expired">
                <mat-icon aria-hidden="true">workspace_premium</mat-icon>
                <div>
                  <div class="name">
                    <a [routerLink]="['certificates', c.id]">{{ c.title | bilingual }}</a>
                    <span class="code">{{ c.code }}</span>
                  </div>
                  <div class="muted small">
                    @if (c.expired) {
                      {{ 'learning.expired' | t: { date: (c.expiresAt | localDate) } }}
                    } @else if (c.expiresAt) {
                      {{ 'learning.validUntil' | t: { date: (c.expiresAt | localDate) } }}
                    } @else {
                      {{ 'learning.noExpiry' | t }}
                    }
                  </div>
                  @if (c.renewalEnrolmentId) {
                    <a
                      class="small"
                      [routerLink]="['enrolments', c.renewalEnrolmentId]"
                      data-testid="renew"
                      >{{ 'learning.renew' | t }}</a
                    >
                  }
                </div>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .next {
      margin-bottom: 16px;
      h2 {
        font: var(--mat-sys-headline-small);
        margin: 4px 0;
      }
      .eyebrow {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-primary);
        margin: 0;
      }
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .courses,
    .certs {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .course {
      display: grid;
      gap: 6px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: inherit;
      text-decoration: none;
    }
    .course:hover,
    .course:focus-visible {
      background: var(--mat-sys-surface-container-low);
    }
    .line {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      flex-wrap: wrap;
    }
    .name {
      font-weight: 500;
    }
    .small {
      font-size: 0.85rem;
    }
    .status {
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 10px;
      background: var(--mat-sys-surface-container-high);
    }
    .status-completed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .certs li {
      display: flex;
      gap: 12px;
      align-items: center;
      padding: 8px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      mat-icon {
        color: var(--mat-sys-primary);
      }
    }
    .certs li.expired {
      opacity: 0.7;
      mat-icon {
        color: var(--mat-sys-outline);
      }
    }
    .steps {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .step {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 6px 0;
      mat-icon {
        flex: none;
        color: var(--mat-sys-outline);
      }
    }
    .step-done mat-icon {
      color: var(--mat-sys-primary);
    }
    .step-overdue mat-icon,
    .step-overdue .small {
      color: var(--mat-sys-error);
    }
    .step-locked {
      opacity: 0.7;
    }
    .new-resources {
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        display: flex;
        gap: 12px;
        padding: 8px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .recommended {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 4px;
    }
    .code {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      margin-left: 4px;
    }
  `,
})
export class MyLearningPageComponent {
  private readonly api = inject(LearningApi);

  protected readonly learning = rxResource({ stream: () => this.api.mine() });
  private readonly session = inject(SessionStore);
  protected readonly canSeeTeam = this.session.hasPermission('learning:assign');
  protected readonly canManage = this.session.hasPermission('learning:manage');

  /** The first unfinished enrolment: overdue ones first, then by due date (the server's order). */
  protected readonly next = computed(() => {
    if (!this.learning.hasValue()) return null;
    const open = this.learning.value().enrolments.filter((e) => e.status !== 'completed' && e.nextItemId);
    return open.find((e) => e.status === 'overdue') ?? open[0] ?? null;
  });

  protected stepIcon(status: CurriculumStepStatus, kind: CurriculumItemKind): string {
    if (status === 'done') return 'check_circle';
    if (status === 'locked') return 'lock';
    if (status === 'overdue') return 'error';
    return STEP_ICONS[kind];
  }
}
