import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { describeError, toAppError } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';

/** HR's courses: each with its latest version's state; new and edit open the editor. */
@Component({
  selector: 'cadre-courses-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'learning.courses.title' | t" [subtitle]="'learning.courses.subtitle' | t">
        <a mat-stroked-button routerLink="../paths" data-testid="open-paths"
          ><mat-icon>route</mat-icon>{{ 'learning.paths.title' | t }}</a
        >
        <a mat-stroked-button routerLink="../library" data-testid="open-library-admin"
          ><mat-icon>folder_special</mat-icon>{{ 'learning.openLibrary' | t }}</a
        >
        <a mat-flat-button routerLink="new" data-testid="new-course"
          ><mat-icon>add</mat-icon>{{ 'learning.courses.new' | t }}</a
        >
      </cadre-page-header>
      @if (courses.isLoading() && !courses.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (courses.error()) {
        <cadre-error-state
          [message]="errorText(courses.error())"
          [retryLabel]="'common.retry' | t"
          (retry)="courses.reload()"
        />
      } @else if (courses.hasValue() && courses.value().length === 0) {
        <cadre-empty-state
          icon="school"
          [title]="'learning.courses.empty' | t"
          [hint]="'learning.courses.emptyHint' | t"
        />
      } @else if (courses.hasValue()) {
        <div class="table-wrap">
          <table data-testid="courses">
            <thead>
              <tr>
                <th>{{ 'learning.courses.course' | t }}</th>
                <th>{{ 'learning.editor.category' | t }}</th>
                <th>{{ 'learning.courses.state' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of courses.value(); track c.id) {
                <tr>
                  <td>
                    <a [routerLink]="[c.id]">{{ c.latest.title | bilingual }}</a>
                    <span class="muted">{{ c.code }}</span>
                  </td>
                  <td>{{ 'learning.category.' + c.category | t }}</td>
                  <td>
                    {{ 'learning.editor.status.' + c.latest.status | t: { version: c.latest.version } }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
  styles: `
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
    }
  `,
})
export class CoursesPageComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);

  protected readonly courses = rxResource({ stream: () => this.api.courses() });

  protected errorText(error: unknown): string {
    return describeError(this.i18n, toAppError(error));
  }
}
