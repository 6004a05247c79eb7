import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';

/** Team learning: who is behind (overdue first), and how each course is taken up. */
@Component({
  selector: 'cadre-team-learning-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
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
      <cadre-page-header [title]="'learning.team.title' | t" [subtitle]="'learning.team.subtitle' | t">
        <a mat-stroked-button routerLink="..">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.backToMine' | t }}
        </a>
        <a mat-stroked-button routerLink="../reports" data-testid="to-reports">
          <mat-icon>bar_chart</mat-icon>{{ 'learning.reports.title' | t }}
        </a>
      </cadre-page-header>
      @if (team.isLoading() && !team.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (team.error()) {
        <cadre-error-state
          [message]="team.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="team.reload()"
        />
      } @else if (team.hasValue()) {
        @if (team.value().people.length === 0) {
          <cadre-empty-state
            icon="groups"
            [title]="'learning.team.empty' | t"
            [hint]="'learning.team.emptyHint' | t"
          />
        } @else {
          <h2 class="section">{{ 'learning.team.people' | t }}</h2>
          @if (team.value().peopleTotal > team.value().people.length) {
            <p class="muted">
              {{
                'learning.team.firstOf'
                  | t: { shown: team.value().people.length, total: team.value().peopleTotal }
              }}
            </p>
          }
          <div class="table-wrap">
            <table data-testid="team-people">
              <thead>
                <tr>
                  <th>{{ 'learning.team.person' | t }}</th>
                  <th class="num">{{ 'learning.team.done' | t }}</th>
                  <th class="num">{{ 'learning.status.overdue' | t }}</th>
                  <th>{{ 'learning.team.nextDue' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of team.value().people; track p.employeeId) {
                  <tr>
                    <td>
                      <a [routerLink]="['/people', p.employeeId]">{{ p.fullName }}</a>
                    </td>
                    <td class="num">{{ p.completed }} / {{ p.enrolments }}</td>
                    <td class="num" [class.overdue]="p.overdue > 0">{{ p.overdue }}</td>
                    <td>{{ p.nextDue | localDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <h2 class="section">{{ 'learning.team.courses' | t }}</h2>
          <div class="table-wrap">
            <table data-testid="team-courses">
              <thead>
                <tr>
                  <th>{{ 'learning.team.course' | t }}</th>
                  <th class="num">{{ 'learning.team.enrolled' | t }}</th>
                  <th class="num">{{ 'learning.team.done' | t }}</th>
                  <th class="num">{{ 'learning.status.overdue' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of team.value().courses; track c.courseId) {
                  <tr>
                    <td>
                      {{ c.title | bilingual }} <span class="muted">{{ c.code }}</span>
                    </td>
                    <td class="num">{{ c.enrolled }}</td>
                    <td class="num">{{ c.completed }}</td>
                    <td class="num" [class.overdue]="c.overdue > 0">{{ c.overdue }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
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
        padding: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .num {
        text-align: right;
        white-space: nowrap;
      }
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class TeamLearningPageComponent {
  private readonly api = inject(LearningApi);

  protected readonly team = rxResource({ stream: () => this.api.team() });
}
