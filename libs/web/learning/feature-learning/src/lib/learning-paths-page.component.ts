import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { RoleProfileChoices } from '@cadre/web/talent/widgets';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';

/** HR: each role profile's learning path (the curriculum a new hire on it follows), to open or create. */
@Component({
  selector: 'cadre-learning-paths-page',
  imports: [
    ErrorTextPipe,
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
  providers: [RoleProfileChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'learning.paths.title' | t" [subtitle]="'learning.paths.subtitle' | t">
        <a mat-stroked-button routerLink="../courses">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.courses.title' | t }}
        </a>
      </cadre-page-header>
      @if (curricula.isLoading() && !curricula.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (curricula.error()) {
        <cadre-error-state
          [message]="curricula.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="curricula.reload()"
        />
      } @else if (rows().length === 0) {
        <cadre-empty-state icon="route" [title]="'learning.paths.noProfiles' | t" />
      } @else {
        <ul class="paths" data-testid="learning-paths">
          @for (row of rows(); track row.profileId) {
            <li>
              <div class="what">
                <strong>{{ row.profileName | bilingual }}</strong>
                @if (row.path; as path) {
                  <span class="muted small">
                    {{ path.title | bilingual }} ·
                    {{ 'learning.paths.steps' | t: { count: path.items.length } }}
                    @if (path.sequential) {
                      · {{ 'learning.paths.sequential' | t }}
                    }
                  </span>
                } @else {
                  <span class="muted small">{{ 'learning.paths.none' | t }}</span>
                }
              </div>
              <a
                mat-stroked-button
                [routerLink]="[row.profileId]"
                [attr.data-testid]="'edit-path-' + row.profileCode"
              >
                <mat-icon>{{ row.path ? 'edit' : 'add' }}</mat-icon>{{
                  (row.path ? 'learning.paths.edit' : 'learning.paths.create') | t
                }}
              </a>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .paths {
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px 16px;
        padding: 12px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .what {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
  `,
})
export class LearningPathsPageComponent {
  private readonly api = inject(LearningApi);
  private readonly profiles = inject(RoleProfileChoices);

  protected readonly curricula = rxResource({ stream: () => this.api.curricula() });
  protected readonly rows = computed(() => {
    const paths = this.curricula.hasValue() ? this.curricula.value() : [];
    return this.profiles.profiles().map((p) => ({
      profileId: p.id,
      profileCode: p.code,
      profileName: p.current.name,
      path: paths.find((c) => c.roleProfileId === p.id) ?? null,
    }));
  });
}
