import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { LibraryResourceDetailDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, SessionStore } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { FileSizePipe } from './file-size.pipe';
import { SalesResourceDialogComponent } from './sales-resource-dialog.component';
import { viewCounts } from './sales-resource-form';
import { SalesResourceTagsComponent } from './sales-resource-tags.component';
import { SalesResourceOpener } from './sales-resource-opener';

/**
 * One library resource: the newest version to open, what changed, and the older versions,
 * kept and still readable. HR publishes the next version from here and sees its opens.
 */
@Component({
  selector: 'cadre-sales-resource-page',
  imports: [
    SalesResourceTagsComponent,
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    FileSizePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  providers: [SalesResourceOpener],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (resource.isLoading() && !resource.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (resource.error()) {
        <cadre-error-state
          [message]="resource.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="resource.reload()"
        />
      } @else if (resource.hasValue()) {
        @let r = resource.value();
        <cadre-page-header
          [title]="r.current.title | bilingual"
          [subtitle]="'learning.resourceKind.' + r.kind | t"
        >
          <a mat-stroked-button routerLink="..">
            <mat-icon>arrow_back</mat-icon>{{ 'learning.library.title' | t }}
          </a>
          @if (canManage) {
            <button mat-flat-button type="button" (click)="newVersion(r)" data-testid="new-version">
              <mat-icon>upgrade</mat-icon>{{ 'learning.library.publishVersion' | t }}
            </button>
          }
        </cadre-page-header>
        <p>{{ r.current.summary | bilingual }}</p>
        <cadre-sales-resource-tags [resource]="r" />
        @if (counts(r); as c) {
          <p class="muted" data-testid="resource-views">{{ 'learning.library.views' | t: c }}</p>
        }
        <h2 class="section">{{ 'learning.library.versions' | t }}</h2>
        <ol class="versions" data-testid="resource-versions">
          @for (v of r.versions; track v.id; let newest = $first) {
            <li [class.newest]="newest">
              <div class="body">
                <strong>
                  {{ 'learning.library.version' | t: { version: v.version } }}
                  @if (newest) {
                    · {{ 'learning.library.current' | t }}
                  }
                </strong>
                <span class="muted small">
                  {{ v.publishedAt | localDate }}
                  @if (v.publishedBy) {
                    · {{ v.publishedBy }}
                  }
                  @if (v.file; as file) {
                    · {{ file.fileName }} · {{ file.sizeBytes | fileSize }}
                  }
                </span>
                @if (v.changeNote | bilingual; as note) {
                  <span class="small">{{ note }}</span>
                }
              </div>
              @if (v.file; as file) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="opener.busy() === r.id"
                  (click)="opener.download(r.id, file, newest)"
                  [attr.data-testid]="'open-version-' + v.version"
                >
                  <mat-icon>download</mat-icon>{{ 'learning.library.download' | t }}
                </button>
              } @else if (v.url; as url) {
                <a
                  mat-stroked-button
                  [href]="url"
                  target="_blank"
                  rel="noopener noreferrer"
                  (click)="newest && opener.recordLink(r.id)"
                  [attr.data-testid]="'open-version-' + v.version"
                >
                  <mat-icon>open_in_new</mat-icon>{{ 'learning.library.openLink' | t }}
                </a>
              }
            </li>
          }
        </ol>
      }
    </div>
  `,
  styles: `
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .versions {
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 16px;
        padding: 12px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .body {
        flex: 1 1 240px;
        display: grid;
        gap: 2px;
        min-width: 0;
        overflow-wrap: break-word;
      }
    }
  `,
})
export class SalesResourcePageComponent {
  private readonly api = inject(LearningApi);
  private readonly dialog = inject(MatDialog);
  protected readonly opener = inject(SalesResourceOpener);
  protected readonly canManage = inject(SessionStore).hasPermission('learning:manage');
  protected readonly counts = viewCounts;

  /** The resource (route parameter). */
  readonly id = input.required<string>();

  protected readonly resource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.resource(params),
  });

  protected newVersion(current: LibraryResourceDetailDto): void {
    this.dialog
      .open<SalesResourceDialogComponent, LibraryResourceDetailDto, LibraryResourceDetailDto>(
        SalesResourceDialogComponent,
        { data: current, autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.resource.set(saved);
      });
  }
}
