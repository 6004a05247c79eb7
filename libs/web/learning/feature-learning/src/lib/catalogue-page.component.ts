import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { COURSE_CATEGORIES, type CatalogueCourseDto, type CourseCategory } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';

/** Published courses by category; enrolling oneself opens the course. */
@Component({
  selector: 'cadre-catalogue-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatChipsModule,
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
      <cadre-page-header
        [title]="'learning.catalogueTitle' | t"
        [subtitle]="'learning.catalogueSubtitle' | t"
      >
        <a mat-stroked-button routerLink="..">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.backToMine' | t }}
        </a>
      </cadre-page-header>
      <mat-chip-listbox
        [attr.aria-label]="'learning.catalogue' | t"
        [value]="category()"
        (change)="category.set($event.value ?? null)"
      >
        <mat-chip-option [value]="null">{{ 'learning.allCategories' | t }}</mat-chip-option>
        @for (c of categories; track c) {
          <mat-chip-option [value]="c">{{ 'learning.category.' + c | t }}</mat-chip-option>
        }
      </mat-chip-listbox>
      @if (courses.isLoading() && !courses.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (courses.error()) {
        <cadre-error-state
          [message]="courses.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="courses.reload()"
        />
      } @else if (shown().length === 0) {
        <cadre-empty-state
          icon="library_books"
          [title]="'learning.emptyCatalogue' | t"
          [hint]="'learning.emptyCatalogueHint' | t"
        />
      } @else {
        <div class="grid" data-testid="catalogue">
          @for (c of shown(); track c.courseId) {
            <mat-card appearance="outlined" [attr.data-testid]="'course-' + c.code">
              <mat-card-header>
                <mat-card-title>{{ c.title | bilingual }}</mat-card-title>
                <mat-card-subtitle>
                  {{ 'learning.category.' + c.category | t }} ·
                  {{ 'learning.minutes' | t: { minutes: c.estimatedMinutes } }}
                  @if (c.certifying) {
                    · {{ 'learning.certifying' | t }}
                  }
                </mat-card-subtitle>
              </mat-card-header>
              <mat-card-content>
                <p>{{ c.summary | bilingual }}</p>
                @if (c.competencies.length) {
                  <p class="muted small">
                    {{ 'learning.develops' | t }}:
                    @for (k of c.competencies; track k.competencyId; let last = $last) {
                      {{ k.competencyName | bilingual }} {{ k.level }}{{ last ? '' : ', ' }}
                    }
                  </p>
                }
              </mat-card-content>
              <mat-card-actions align="end">
                @if (c.enrolmentId) {
                  <a mat-stroked-button [routerLink]="['../enrolments', c.enrolmentId]">{{
                    'learning.open' | t
                  }}</a>
                } @else {
                  <button mat-flat-button type="button" [disabled]="busy() === c.courseId" (click)="enrol(c)">
                    {{ 'learning.enrol' | t }}
                  </button>
                }
              </mat-card-actions>
            </mat-card>
          }
        </div>
      }
    </div>
  `,
  styles: `
    mat-chip-listbox {
      margin-bottom: 16px;
      display: block;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 12px;
    }
    .small {
      font-size: 0.85rem;
    }
  `,
})
export class CataloguePageComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly categories = COURSE_CATEGORIES;
  protected readonly category = signal<CourseCategory | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly courses = rxResource({ stream: () => this.api.catalogue() });
  protected readonly shown = computed(() => {
    if (!this.courses.hasValue()) return [];
    const category = this.category();
    return this.courses.value().filter((c) => !category || c.category === category);
  });

  protected async enrol(course: CatalogueCourseDto): Promise<void> {
    this.busy.set(course.courseId);
    try {
      const enrolment = await firstValueFrom(this.api.enrol({ courseId: course.courseId }));
      this.notifier.success('learning.enrolled', { title: this.i18n.pick(course.title) });
      await this.router.navigate(['/learning/enrolments', enrolment.id]);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.busy.set(null);
    }
  }
}
