import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { RESOURCE_KINDS, type LibraryResourceDetailDto, type ResourceKind } from '@cadre/shared/contracts';
import { ErrorTextPipe, SessionStore } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { SalesResourceDialogComponent } from './sales-resource-dialog.component';
import { SalesResourceTagsComponent } from './sales-resource-tags.component';
import { SalesResourceOpener } from './sales-resource-opener';
import { viewCounts } from './sales-resource-form';

/** What kind a resource is, at a glance (the button beside it says file or link). */
const KIND_ICONS: Record<ResourceKind, string> = {
  'product-manual': 'menu_book',
  'demo-deck': 'slideshow',
  'case-study': 'business_center',
  'competitor-analysis': 'compare_arrows',
  'pricing-guide': 'local_offer',
  other: 'description',
};

/**
 * The sales library: product manuals, demo decks, case studies, competitor analyses and
 * pricing guides. Search in either language and filter by kind, product line or segment,
 * and competency; open a file or a link (each open is counted). HR adds resources and
 * sees how often each is opened.
 */
@Component({
  selector: 'cadre-sales-library-page',
  imports: [
    SalesResourceTagsComponent,
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  providers: [SalesResourceOpener],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'learning.library.title' | t" [subtitle]="'learning.library.subtitle' | t">
        <a mat-stroked-button routerLink="..">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.backToMine' | t }}
        </a>
        @if (canManage) {
          <button mat-flat-button type="button" (click)="add()" data-testid="add-resource">
            <mat-icon>add</mat-icon>{{ 'learning.library.add' | t }}
          </button>
        }
      </cadre-page-header>
      <div class="filters" role="search">
        <mat-form-field class="search">
          <mat-label>{{ 'learning.library.search' | t }}</mat-label>
          <mat-icon matPrefix>search</mat-icon>
          <input
            matInput
            type="search"
            [value]="query()"
            (input)="query.set($any($event.target).value)"
            data-testid="library-search"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'learning.library.kind' | t }}</mat-label>
          <mat-select [value]="kind()" (valueChange)="kind.set($event)" data-testid="library-kind">
            <mat-option [value]="null">{{ 'learning.library.any' | t }}</mat-option>
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'learning.resourceKind.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'learning.library.unit' | t }}</mat-label>
          <mat-select [value]="unit()" (valueChange)="unit.set($event)" data-testid="library-unit">
            <mat-option [value]="null">{{ 'learning.library.any' | t }}</mat-option>
            @for (u of units(); track u.id) {
              <mat-option [value]="u.id">{{ u.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'learning.library.competency' | t }}</mat-label>
          <mat-select
            [value]="competency()"
            (valueChange)="competency.set($event)"
            data-testid="library-competency"
          >
            <mat-option [value]="null">{{ 'learning.library.any' | t }}</mat-option>
            @for (c of competencies(); track c.id) {
              <mat-option [value]="c.id">{{ c.name | bilingual }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      @if (results.isLoading() && !results.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (results.error()) {
        <cadre-error-state
          [message]="results.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="results.reload()"
        />
      } @else if (results.hasValue() && results.value().length === 0) {
        <cadre-empty-state
          icon="folder_open"
          [title]="(filtered() ? 'learning.library.noMatch' : 'learning.library.empty') | t"
          [hint]="(filtered() ? 'learning.library.noMatchHint' : 'learning.library.emptyHint') | t"
        />
      } @else if (results.hasValue()) {
        <ul class="resources" data-testid="library-results" [attr.aria-busy]="results.isLoading()">
          @for (r of results.value(); track r.id) {
            <li>
              <mat-icon class="kind" aria-hidden="true">{{ kindIcons[r.kind] }}</mat-icon>
              <div class="body">
                <a class="title" [routerLink]="[r.id]">{{ r.current.title | bilingual }}</a>
                <p class="summary">{{ r.current.summary | bilingual }}</p>
                <p class="muted small">
                  {{ 'learning.resourceKind.' + r.kind | t }} ·
                  {{
                    'learning.library.versionOn'
                      | t: { version: r.current.version, date: (r.current.publishedAt | localDate) }
                  }}
                  @if (counts(r); as c) {
                    · <span data-testid="resource-views">{{ 'learning.library.views' | t: c }}</span>
                  }
                </p>
                <cadre-sales-resource-tags [resource]="r" />
              </div>
              @if (r.current.file; as file) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="opener.busy() === r.id"
                  (click)="opener.download(r.id, file)"
                  [attr.data-testid]="'open-resource-' + r.id"
                >
                  <mat-icon>download</mat-icon>{{ 'learning.library.download' | t }}
                </button>
              } @else if (r.current.url; as url) {
                <a
                  mat-stroked-button
                  [href]="url"
                  target="_blank"
                  rel="noopener noreferrer"
                  (click)="opener.recordLink(r.id)"
                  [attr.data-testid]="'open-resource-' + r.id"
                >
                  <mat-icon>open_in_new</mat-icon>{{ 'learning.library.openLink' | t }}
                </a>
              }
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      > mat-form-field {
        flex: 1 1 180px;
        min-width: 0;
      }
      > .search {
        flex: 2 1 260px;
      }
    }
    .resources {
      list-style: none;
      padding: 0;
      margin: 0;
      > li {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 8px 12px;
        padding: 12px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .kind {
      color: var(--mat-sys-primary);
    }
    .body {
      flex: 1 1 240px;
      min-width: 0;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .summary {
      margin: 4px 0;
    }
  `,
})
export class SalesLibraryPageComponent {
  private readonly api = inject(LearningApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly opener = inject(SalesResourceOpener);
  protected readonly canManage = inject(SessionStore).hasPermission('learning:manage');

  protected readonly kinds = RESOURCE_KINDS;
  protected readonly kindIcons = KIND_ICONS;
  protected readonly query = signal('');
  protected readonly kind = signal<ResourceKind | null>(null);
  protected readonly unit = signal<string | null>(null);
  protected readonly competency = signal<string | null>(null);
  protected readonly counts = viewCounts;
  /**
   * The filters offer the tags the library uses (a rep may not list the org tree or the
   * competency model, and an unused tag would only find nothing).
   */
  private readonly everything = rxResource({ stream: () => this.api.library({}) });
  protected readonly units = computed(() =>
    uniqueById((this.everything.value() ?? []).flatMap((r) => r.units)).sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  );
  protected readonly competencies = computed(() =>
    uniqueById((this.everything.value() ?? []).flatMap((r) => r.competencies)).sort((a, b) =>
      a.code.localeCompare(b.code),
    ),
  );
  /** The words, once typing pauses: one search per pause, not one per key. */
  private readonly words = toSignal(
    toObservable(this.query).pipe(debounceTime(250), distinctUntilChanged()),
    {
      initialValue: '',
    },
  );
  protected readonly filtered = computed(
    () => !!(this.words().trim() || this.kind() || this.unit() || this.competency()),
  );
  protected readonly results = rxResource({
    params: () => ({
      q: this.words().trim() || undefined,
      kind: this.kind() ?? undefined,
      orgUnitId: this.unit() ?? undefined,
      competencyId: this.competency() ?? undefined,
    }),
    stream: ({ params }) => this.api.library(params),
  });

  protected add(): void {
    this.dialog
      .open<SalesResourceDialogComponent, null, LibraryResourceDetailDto>(SalesResourceDialogComponent, {
        data: null,
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) void this.router.navigate(['/learning/library', saved.id]);
      });
  }
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
