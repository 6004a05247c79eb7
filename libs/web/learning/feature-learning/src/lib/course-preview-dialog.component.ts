import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { Bilingual, CourseItemKind, LearningFileDto, QuizQuestion } from '@cadre/shared/contracts';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FileSizePipe } from './file-size.pipe';
import { MarkdownComponent } from './markdown.component';

/** What the preview shows: the course as the editor holds it now, saved or not. */
export interface CoursePreview {
  title: Bilingual;
  summary: Bilingual;
  modules: {
    title: Bilingual;
    items: {
      kind: CourseItemKind;
      title: Bilingual;
      body: Bilingual | null;
      url: string | null;
      file: LearningFileDto | null;
      estimatedMinutes: number;
      quiz: { drawCount: number; passMarkPercent: number; questions: QuizQuestion[] } | null;
    }[];
  }[];
}

const ICONS: Record<CourseItemKind, string> = {
  lesson: 'article',
  video: 'smart_display',
  link: 'link',
  pdf: 'picture_as_pdf',
  quiz: 'quiz',
};

/**
 * The course as a learner will meet it, before it is saved or published: the contents,
 * each lesson rendered as the player renders it, links and files as the learner sees them,
 * and a quiz's questions and options, never which are right, and nothing graded. Closing
 * it (Close, Escape, outside) changes nothing.
 */
@Component({
  selector: 'cadre-course-preview-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    FileSizePipe,
    MarkdownComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'learning.preview.title' | t: { title: (course.title | bilingual) } }}</h2>
    <mat-dialog-content class="preview" data-testid="course-preview">
      <p class="muted">{{ 'learning.preview.note' | t }}</p>
      <div class="layout">
        <nav class="contents" [attr.aria-label]="'learning.contents' | t">
          @for (m of course.modules; track $index; let mi = $index) {
            <h3>{{ m.title | bilingual }}</h3>
            <ul>
              @for (i of m.items; track $index; let ii = $index) {
                <li>
                  <button
                    type="button"
                    class="entry"
                    [class.current]="mi === at().m && ii === at().i"
                    [attr.aria-current]="mi === at().m && ii === at().i ? 'step' : null"
                    (click)="at.set({ m: mi, i: ii })"
                  >
                    <mat-icon aria-hidden="true">{{ icons[i.kind] }}</mat-icon>
                    <span>{{ i.title | bilingual }}</span>
                  </button>
                </li>
              }
            </ul>
          }
        </nav>
        @if (item(); as item) {
          <article class="item" data-testid="preview-item">
            <p class="muted small">
              {{ 'learning.itemKind.' + item.kind | t }} ·
              {{ 'learning.minutes' | t: { minutes: item.estimatedMinutes } }}
            </p>
            <h3>{{ item.title | bilingual }}</h3>
            @switch (item.kind) {
              @case ('lesson') {
                <cadre-markdown [source]="item.body | bilingual" />
              }
              @case ('pdf') {
                <p>
                  {{ item.file?.fileName || ('learning.file.none' | t) }}
                  @if (item.file?.sizeBytes) {
                    · {{ item.file?.sizeBytes | fileSize }}
                  }
                </p>
              }
              @case ('quiz') {
                <p class="muted">
                  {{
                    'learning.preview.quiz'
                      | t
                        : {
                            draw: item.quiz?.drawCount ?? 0,
                            bank: item.quiz?.questions?.length ?? 0,
                            pass: item.quiz?.passMarkPercent ?? 0,
                          }
                  }}
                </p>
                <ol class="questions">
                  @for (q of item.quiz?.questions ?? []; track $index) {
                    <li>
                      <p>{{ q.prompt | bilingual }}</p>
                      <ul>
                        @for (o of q.options; track $index) {
                          <li>{{ o.text | bilingual }}</li>
                        }
                      </ul>
                    </li>
                  }
                </ol>
              }
              @default {
                <p>
                  <a [href]="item.url" target="_blank" rel="noopener noreferrer">{{ item.url }}</a>
                </p>
              }
            }
          </article>
        } @else {
          <p class="muted">{{ 'learning.preview.empty' | t }}</p>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [disabled]="!hasPrevious()" (click)="step(-1)">
        <mat-icon>chevron_left</mat-icon>{{ 'learning.previous' | t }}
      </button>
      <button mat-button type="button" [disabled]="!hasNext()" (click)="step(1)">
        {{ 'learning.nextItem' | t }}<mat-icon iconPositionEnd>chevron_right</mat-icon>
      </button>
      <button mat-flat-button type="button" mat-dialog-close data-testid="preview-close">
        {{ 'learning.preview.close' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(180px, 240px) 1fr;
      gap: 16px;
    }
    @media (max-width: 599px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .contents {
      h3 {
        font: var(--mat-sys-title-small);
        margin: 8px 0 4px;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
    }
    .entry {
      display: flex;
      gap: 6px;
      align-items: center;
      width: 100%;
      text-align: start;
      border: 0;
      background: none;
      padding: 6px;
      border-radius: 8px;
      cursor: pointer;
      font: inherit;
      color: inherit;
    }
    .entry.current {
      background: var(--mat-sys-secondary-container);
    }
    .item {
      min-width: 0;
      overflow-wrap: break-word;
    }
    .questions > li {
      margin-bottom: 8px;
    }
  `,
})
export class CoursePreviewDialogComponent {
  protected readonly course = inject<CoursePreview>(MAT_DIALOG_DATA);
  protected readonly icons = ICONS;
  protected readonly at = signal({ m: 0, i: 0 });
  private readonly flat = this.course.modules.flatMap((m, mi) => m.items.map((_, ii) => ({ m: mi, i: ii })));
  private readonly index = computed(() =>
    this.flat.findIndex((p) => p.m === this.at().m && p.i === this.at().i),
  );
  protected readonly item = computed(() => this.course.modules[this.at().m]?.items[this.at().i] ?? null);
  protected readonly hasPrevious = computed(() => this.index() > 0);
  protected readonly hasNext = computed(() => this.index() >= 0 && this.index() < this.flat.length - 1);

  protected step(by: -1 | 1): void {
    const next = this.flat[this.index() + by];
    if (next) this.at.set(next);
  }
}
