import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import {
  COMPETENCY_CATEGORIES,
  type CompetencyDto,
  type RoleProfileDto,
  type RoleProfileVersionDto,
} from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { TalentApi } from '@cadre/web/talent/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { CompetencyDialogComponent } from './competency-dialog.component';
import { RoleProfileDialogComponent, type RoleProfileDialogData } from './role-profile-dialog.component';

/**
 * The competency model (胜任力模型) and the role profiles (岗位画像) built from it. HR edits
 * both; managers read them. A profile change creates a version; older versions stay.
 */
@Component({
  selector: 'cadre-talent-page',
  imports: [
    ErrorTextPipe,
    MatTabsModule,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatExpansionModule,
    MatSelectModule,
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
      <cadre-page-header [title]="'talent.title' | t" [subtitle]="'talent.subtitle' | t" />
      <mat-tab-group animationDuration="0ms">
        <mat-tab [label]="'talent.competencies' | t">
          <div class="tab">
            @if (canManage()) {
              <button
                mat-flat-button
                type="button"
                (click)="editCompetency(null)"
                data-testid="add-competency"
              >
                <mat-icon>add</mat-icon>{{ 'talent.competency.add' | t }}
              </button>
            }
            @if (competencies.isLoading()) {
              <cadre-loading [label]="'common.loading' | t" />
            } @else if (competencies.error()) {
              <cadre-error-state
                [message]="competencies.error() | errorText"
                [retryLabel]="'common.retry' | t"
                (retry)="competencies.reload()"
              />
            } @else {
              @for (group of byCategory(); track group.category) {
                <h2 class="section-title">{{ 'talent.categories.' + group.category | t }}</h2>
                <mat-accordion multi>
                  @for (c of group.items; track c.id) {
                    <mat-expansion-panel>
                      <mat-expansion-panel-header>
                        <mat-panel-title>{{ c.name | bilingual }}</mat-panel-title>
                        <mat-panel-description>{{ c.description | bilingual }}</mat-panel-description>
                      </mat-expansion-panel-header>
                      <ol class="levels">
                        @for (l of c.levels; track l.level) {
                          <li>
                            <strong>{{ 'talent.level' | t: { level: l.level } }}</strong>
                            {{ l.description | bilingual }}
                          </li>
                        }
                      </ol>
                      @if (canManage()) {
                        <button mat-stroked-button type="button" (click)="editCompetency(c)">
                          <mat-icon>edit</mat-icon>{{ 'common.edit' | t }}
                        </button>
                      }
                    </mat-expansion-panel>
                  }
                </mat-accordion>
              } @empty {
                <cadre-empty-state icon="psychology" [title]="'talent.noCompetencies' | t" />
              }
            }
          </div>
        </mat-tab>
        <mat-tab [label]="'talent.profiles' | t">
          <div class="tab">
            @if (canManage()) {
              <button mat-flat-button type="button" (click)="editProfile(null)" data-testid="add-profile">
                <mat-icon>add</mat-icon>{{ 'talent.profile.add' | t }}
              </button>
            }
            @if (profiles.isLoading()) {
              <cadre-loading [label]="'common.loading' | t" />
            } @else if (profiles.error()) {
              <cadre-error-state
                [message]="profiles.error() | errorText"
                [retryLabel]="'common.retry' | t"
                (retry)="profiles.reload()"
              />
            } @else {
              <div class="profiles">
                @for (p of profileList(); track p.id) {
                  <mat-card appearance="outlined" [attr.data-testid]="'profile-' + p.code">
                    <mat-card-header>
                      <mat-card-title>{{ shown(p).name | bilingual }}</mat-card-title>
                      <mat-card-subtitle>
                        {{
                          'talent.profile.versionOf'
                            | t: { version: shown(p).version, current: p.currentVersion }
                        }}
                        ·
                        {{
                          'talent.profile.yearsAndEducation'
                            | t
                              : {
                                  years: shown(p).minYearsExperience,
                                  education: ('talent.education.' + shown(p).education | t),
                                }
                        }}
                      </mat-card-subtitle>
                    </mat-card-header>
                    <mat-card-content>
                      <p>{{ shown(p).summary | bilingual }}</p>
                      <table class="requirements">
                        <thead>
                          <tr>
                            <th>{{ 'talent.profile.competency' | t }}</th>
                            <th>{{ 'talent.profile.target' | t }}</th>
                            <th>{{ 'talent.profile.weight' | t }}</th>
                            <th>{{ 'talent.profile.mustHave' | t }}</th>
                          </tr>
                        </thead>
                        <tbody>
                          @for (r of shown(p).competencies; track r.competencyId) {
                            <tr>
                              <td>{{ r.competencyName | bilingual }}</td>
                              <td>{{ r.targetLevel }}</td>
                              <td>{{ r.weight }}</td>
                              <td>{{ r.mustHave ? ('common.yes' | t) : '' }}</td>
                            </tr>
                          }
                        </tbody>
                      </table>
                    </mat-card-content>
                    <mat-card-actions>
                      @if (p.versions.length > 1) {
                        <mat-select
                          class="version-select"
                          [value]="shown(p).id"
                          (valueChange)="viewVersion(p, $event)"
                          [attr.aria-label]="'talent.profile.history' | t"
                        >
                          @for (v of p.versions; track v.id) {
                            <mat-option [value]="v.id">{{
                              'talent.profile.versionAt'
                                | t: { version: v.version, date: (v.createdAt | localDate) }
                            }}</mat-option>
                          }
                        </mat-select>
                      }
                      @if (canManage()) {
                        <button mat-button type="button" (click)="editProfile(p)">
                          <mat-icon>edit</mat-icon>{{ 'talent.profile.edit' | t }}
                        </button>
                      }
                    </mat-card-actions>
                  </mat-card>
                }
              </div>
            }
          </div>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .tab {
      padding: 16px 0;
      display: grid;
      gap: 12px;
      justify-items: start;
    }
    .tab > * {
      justify-self: stretch;
    }
    .tab > button {
      justify-self: start;
    }
    .levels {
      margin: 0 0 12px;
      padding-left: 0;
      list-style: none;
      display: grid;
      gap: 6px;
    }
    .profiles {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
    }
    .requirements {
      width: 100%;
      border-collapse: collapse;
    }
    .requirements th,
    .requirements td {
      text-align: left;
      padding: 4px 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .version-select {
      width: 200px;
      margin-right: 8px;
    }
  `,
})
export class TalentPageComponent {
  private readonly api = inject(TalentApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  protected readonly canManage = computed(() => this.session.hasPermission('talent:manage'));
  protected readonly competencies = rxResource({ stream: () => this.api.competencies() });
  protected readonly profiles = rxResource({ stream: () => this.api.profiles() });
  protected readonly profileList = computed(() => (this.profiles.hasValue() ? this.profiles.value() : []));
  protected readonly byCategory = computed(() => {
    const all = this.competencies.hasValue() ? this.competencies.value() : [];
    return COMPETENCY_CATEGORIES.map((category) => ({
      category,
      items: all.filter((c) => c.category === category),
    })).filter((g) => g.items.length);
  });
  /** profile id -> an older version being looked at; the current one otherwise. */
  protected readonly viewing = signal<Record<string, RoleProfileVersionDto>>({});

  protected shown(profile: RoleProfileDto): RoleProfileVersionDto {
    return this.viewing()[profile.id] ?? profile.current;
  }

  protected viewVersion(profile: RoleProfileDto, versionId: string): void {
    if (versionId === profile.current.id) {
      this.viewing.update(({ [profile.id]: _current, ...others }) => others);
      return;
    }
    this.api.version(versionId).subscribe({
      next: (version) => this.viewing.update((all) => ({ ...all, [profile.id]: version })),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected editCompetency(competency: CompetencyDto | null): void {
    this.dialog
      .open(CompetencyDialogComponent, { data: competency, maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved: CompetencyDto | undefined) => {
        if (!saved) return;
        this.notifier.success('talent.saved', {
          name: this.i18n.pick(saved.name),
        });
        this.competencies.reload();
      });
  }

  protected editProfile(profile: RoleProfileDto | null): void {
    const data: RoleProfileDialogData = {
      profile,
      competencies: this.competencies.hasValue() ? this.competencies.value() : [],
    };
    this.dialog
      .open(RoleProfileDialogComponent, { data, maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved: RoleProfileDto | undefined) => {
        if (!saved) return;
        this.notifier.success('talent.profile.saved', { version: saved.currentVersion });
        this.viewing.update(({ [saved.id]: _old, ...others }) => others);
        this.profiles.reload();
      });
  }
}
