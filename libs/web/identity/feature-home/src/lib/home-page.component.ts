import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { of } from 'rxjs';
import { ErrorTextPipe, HOME_SECTIONS, loadSections, SessionStore } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { EmployeeTableComponent } from '@cadre/web/identity/ui';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
  StatCardComponent,
} from '@cadre/web/ui';
import { HomeDirectoryComponent } from './home-directory.component';

/**
 * Each role's starting point, from real data: a rep's own place in the organisation, a
 * manager's team, HR's people directory, the admin's organisation overview. A user with
 * several roles sees each of their sections.
 */
@Component({
  selector: 'cadre-home-page',
  imports: [
    ErrorTextPipe,
    NgComponentOutlet,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    EmployeeTableComponent,
    HomeDirectoryComponent,
    PageHeaderComponent,
    StatCardComponent,
    EmptyStateComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(I18n);
  protected readonly session = inject(SessionStore);

  protected readonly isAdmin = computed(() => this.session.hasRole('admin'));
  protected readonly isHr = computed(() => this.session.hasRole('hr'));
  protected readonly isManager = computed(() => this.session.hasRole('manager'));

  protected readonly profile = rxResource({ stream: () => this.api.me() });
  protected readonly overview = rxResource({
    params: () => (this.isAdmin() || this.isHr() ? true : undefined),
    stream: () => this.api.overview(),
  });
  /** What other parts of Cadre put on the home page (scorecards owed...), for those allowed. */
  private readonly contributed = inject(HOME_SECTIONS, { optional: true }) ?? [];
  protected readonly sections = loadSections(() =>
    this.contributed.filter((s) => this.session.hasPermission(s.permission)),
  );
  protected readonly team = rxResource({
    params: () => (this.isManager() ? true : undefined),
    stream: () => (this.isManager() ? this.api.employees({ limit: 200 }) : of(null)),
  });

  /** The manager's team, without the manager. */
  protected readonly teamMembers = computed(() => {
    const me = this.session.user()?.employeeId;
    const page = this.team.hasValue() ? this.team.value() : null;
    return (page?.items ?? []).filter((e) => e.id !== me);
  });
  protected readonly teamNewHires = computed(
    () => this.teamMembers().filter((e) => daysSince(e.hireDate) < 90).length,
  );
  protected readonly teamOnLeave = computed(
    () => this.teamMembers().filter((e) => e.status === 'on_leave').length,
  );
  protected readonly tenureDays = computed(() => {
    const employee = this.profile.hasValue() ? this.profile.value().employee : null;
    return employee ? daysSince(employee.hireDate) : null;
  });

  protected kindLabel(kind: string): string {
    return this.i18n.t(`org.kinds.${kind}`);
  }

  protected statusLabel(status: string): string {
    return this.i18n.t(`people.statuses.${status}`);
  }
}

function daysSince(isoDate: string): number {
  return Math.floor((Date.now() - Date.parse(`${isoDate}T00:00:00Z`)) / 86_400_000);
}
