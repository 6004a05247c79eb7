import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { CourseItemKind, LearnerItemDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, saveFile } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { FileSizePipe } from './file-size.pipe';
import { MarkdownComponent } from './markdown.component';
import { QuizPanelComponent } from './quiz-panel.component';

const KIND_ICONS: Record<CourseItemKind, string> = {
  lesson: 'article',
  video: 'smart_display',
  link: 'link',
  pdf: 'picture_as_pdf',
  quiz: 'quiz',
};

/**
 * Working through a course: its contents beside the item open now, previous and next,
 * "mark as done" for lessons and links, the quiz for quizzes. Opens where the learner
 * left off (the first item not done) unless the address names an item.
 */
@Component({
  selector: 'cadre-course-player-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    BilingualPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    MarkdownComponent,
    QuizPanelComponent,
    FileSizePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (course.isLoading() && !course.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (course.error()) {
        <cadre-error-state
          [message]="course.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="course.reload()"
        />
      } @else if (course.hasValue()) {
        @let c = course.value();
        <cadre-page-header [title]="c.enrolment.title | bilingual" [subtitle]="c.summary | bilingual">
          <a mat-stroked-button routerLink="/learning">
            <mat-icon>arrow_back</mat-icon>{{ 'learning.backToMine' | t }}
          </a>
        </cadre-page-header>
        <div class="progress">
          <mat-progress-bar
            mode="determinate"
            [value]="c.enrolment.progressPercent"
            [attr.aria-label]="
              'learning.progress' | t: { done: c.enrolment.itemsDone, total: c.enrolment.itemsTotal }
            "
          />
          <span class="muted small" data-testid="course-progress">{{
            'learning.progress' | t: { done: c.enrolment.itemsDone, total: c.enrolment.itemsTotal }
          }}</span>
        </div>
        @if (c.enrolment.status === 'completed') {
          <div class="complete" role="status" data-testid="course-complete">
            <mat-icon aria-hidden="true">emoji_events</mat-icon>
            <div>
              <strong>{{ 'learning.courseDone' | t }}</strong>
              <div>
                {{ 'learning.courseDoneHint' | t }}
                @if (c.certifying) {
                  {{ 'learning.certified' | t: { code: c.enrolment.courseCode } }}
                }
              </div>
            </div>
          </div>
        }
        <div class="layout">
          <nav class="contents" [attr.aria-label]="'learning.contents' | t">
            @for (m of c.modules; track m.id) {
              <h3>{{ m.title | bilingual }}</h3>
              <ul>
                @for (i of m.items; track i.id) {
                  <li>
                    <button
                      type="button"
                      class="entry"
                      [class.current]="i.id === current()?.id"
                      [attr.aria-current]="i.id === current()?.id ? 'step' : null"
                      (click)="open(i.id)"
                    >
                      <mat-icon aria-hidden="true">{{ i.done ? 'check_circle' : icon(i.kind) }}</mat-icon>
                      <span>{{ i.title | bilingual }}</span>
                      @if (i.done) {
                        <span class="visually-hidden">{{ 'learning.done' | t }}</span>
                      }
                    </button>
                  </li>
                }
              </ul>
            }
          </nav>
          @if (current(); as item) {
            <article class="item" data-testid="course-item">
              <p class="muted small">
                {{ 'learning.itemKind.' + item.kind | t }} ·
                {{ 'learning.minutes' | t: { minutes: item.estimatedMinutes } }}
              </p>
              <h2>{{ item.title | bilingual }}</h2>
              @switch (item.kind) {
                @case ('lesson') {
                  <cadre-markdown [source]="item.body | bilingual" />
                }
                @case ('quiz') {
                  <cadre-quiz-panel [enrolmentId]="id()" [item]="item" (changed)="course.reload()" />
                }
                @case ('pdf') {
                  @if (item.file; as file) {
                    <p>
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="downloading()"
                        (click)="download(file.id, file.fileName)"
                        data-testid="download-pdf"
                      >
                        <mat-icon>download</mat-icon>{{ 'learning.downloadPdf' | t }}
                      </button>
                    </p>
                    <p class="muted">{{ file.fileName }} · {{ file.sizeBytes | fileSize }}</p>
                  }
                }
                @default {
                  <p>
                    <a mat-stroked-button [href]="item.url" target="_blank" rel="noopener noreferrer">
                      <mat-icon>open_in_new</mat-icon
                      >{{ (item.kind === 'video' ? 'learning.openVideo' : 'learning.openLink') | t }}
                    </a>
                  </p>
                  <p class="muted">{{ 'learning.linkHint' | t }}</p>
                }
              }
              <div class="actions">
                <button mat-button type="button" [disabled]="!previous()" (click)="open(previous()?.id)">
                  <mat-icon>chevron_left</mat-icon>{{ 'learning.previous' | t }}
                </button>
                @if (item.kind !== 'quiz') {
                  @if (item.done) {
                    <span class="done"
                      ><mat-icon aria-hidden="true">check</mat-icon>{{ 'learning.done' | t }}</span
                    >
                  } @else {
                    <button
                      mat-flat-button
                      type="button"
                      [disabled]="saving()"
                      (click)="markDone(item)"
                      data-testid="mark-done"
                    >
                      {{ 'learning.markDone' | t }}
                    </button>
                  }
                }
                <button
                  mat-button
                  type="button"
                  [disabled]="!following()"
                  (click)="open(following()?.id)"
                  data-testid="next-item"
                >
                  {{ 'learning.nextItem' | t }}<mat-icon iconPositionEnd>chevron_right</mat-icon>
                </button>
              </div>
            </article>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .progress {
      display: flex;
      align-items: center;
      gap: 12px;
      margin-bottom: 16px;
      mat-progress-bar {
        flex: 1;
      }
    }
    .small {
      font-size: 0.85rem;
    }
    .complete {
      display: flex;
      gap: 12px;
      align-items: center;
      padding: 12px 16px;
      border-radius: 12px;
      margin-bottom: 16px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(220px, 300px) 1fr;
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 760px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .contents {
      h3 {
        font: var(--mat-sys-title-small);
        margin: 12px 0 4px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
    }
    .entry {
      display: flex;
      gap: 8px;
      align-items: center;
      width: 100%;
      text-align: left;
      padding: 6px 8px;
      border: 0;
      border-radius: 8px;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .entry:hover,
    .entry:focus-visible {
      background: var(--mat-sys-surface-container-low);
    }
    .entry.current {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .item {
      min-width: 0;
      h2 {
        font: var(--mat-sys-headline-small);
        margin: 0 0 12px;
      }
    }
    .actions {
      display: flex;
      justify-content: space-between;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 24px;
      padding-top: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .done {
      display: inline-flex;
      gap: 4px;
      align-items: center;
      color: var(--mat-sys-primary);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class CoursePlayerPageComponent {
  private readonly api = inject(LearningApi);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  /** The enrolment (route parameter) and the item open (query parameter), bound by the router. */
  readonly id = input.required<string>();
  readonly item = input<string | undefined>(undefined);

  protected readonly course = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.course(params),
  });
  protected readonly saving = signal(false);
  protected readonly downloading = signal(false);
  private openedAt = Date.now();

  private readonly items = computed(() =>
    this.course.hasValue() ? this.course.value().modules.flatMap((m) => m.items) : [],
  );
  protected readonly current = computed<LearnerItemDto | null>(() => {
    const items = this.items();
    const wanted = this.item() ?? (this.course.hasValue() ? this.course.value().enrolment.nextItemId : null);
    return items.find((i) => i.id === wanted) ?? items[0] ?? null;
  });
  private readonly index = computed(() => this.items().findIndex((i) => i.id === this.current()?.id));
  protected readonly previous = computed<LearnerItemDto | null>(() => this.items()[this.index() - 1] ?? null);
  protected readonly following = computed<LearnerItemDto | null>(
    () => this.items()[this.index() + 1] ?? null,
  );

  protected icon(kind: CourseItemKind): string {
    return KIND_ICONS[kind];
  }

  protected open(itemId: string | undefined): void {
    if (!itemId) return;
    this.openedAt = Date.now();
    void this.router.navigate([], { queryParams: { item: itemId }, replaceUrl: true });
  }

  protected download(fileId: string, fileName: string): void {
    this.downloading.set(true);
    this.api.file(fileId).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveFile(blob, fileName);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected async markDone(item: LearnerItemDto): Promise<void> {
    this.saving.set(true);
    try {
      // Time on this visit; the server keeps the larger of what it has and this.
      const secondsSpent = Math.min(86_400, Math.round((Date.now() - this.openedAt) / 1000));
      await firstValueFrom(this.api.recordProgress(this.id(), item.id, { done: true, secondsSpent }));
      const next = this.following();
      this.course.reload();
      if (next) this.open(next.id);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.saving.set(false);
    }
  }
}
