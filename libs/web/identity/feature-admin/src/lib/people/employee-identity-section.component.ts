import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@cadre/web/core';
import { IdentityApi, pathOf } from '@cadre/web/identity/data-access';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';

/** The employee page's first section: who the person is and where they sit in the organisation. */
@Component({
  selector: 'cadre-employee-identity-section',
  imports: [MatCardModule, RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (employee.hasValue()) {
      @let e = employee.value();
      <mat-card appearance="outlined" data-testid="person-identity">
        <mat-card-header>
          <mat-card-title>{{ 'person.identity' | t }}</mat-card-title>
        </mat-card-header>
        <mat-card-content>
          <dl class="details">
            <dt>{{ 'people.jobTitle' | t }}</dt>
            <dd>{{ e.jobTitle }}</dd>
            <dt>{{ 'people.email' | t }}</dt>
            <dd>{{ e.email }}</dd>
            <dt>{{ 'people.status' | t }}</dt>
            <dd>{{ 'people.statuses.' + e.status | t }}</dd>
            <dt>{{ 'people.hireDate' | t }}</dt>
            <dd>{{ e.hireDate | localDate }}</dd>
            <dt>{{ 'people.unit' | t }}</dt>
            <dd data-testid="person-unit-path">{{ path() }}</dd>
            <dt>{{ 'people.manager' | t }}</dt>
            <dd>
              @if (e.managerId && canOpenManager()) {
                <a [routerLink]="['/people', e.managerId]" data-testid="person-manager">{{
                  e.managerName
                }}</a>
              } @else if (e.managerId) {
                <span data-testid="person-manager">{{ e.managerName }}</span>
              } @else {
                {{ 'home.me.noManager' | t }}
              }
            </dd>
          </dl>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 8px 0 0;
      dt {
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    }
  `,
})
export class EmployeeIdentitySectionComponent {
  readonly employeeId = input.required<string>();
  private readonly api = inject(IdentityApi);
  protected readonly employee = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.employee(params),
  });
  private readonly units = rxResource({ stream: () => this.api.orgUnits() });
  private readonly session = inject(SessionStore);
  /**
   * The manager's page opens for those who see everyone, and from anyone else's page (a
   * manager's subtree holds its people's managers); from one's own page, one's manager sits
   * above what a rep or manager may see, so the name is plain text, not a link to a 403.
   */
  protected readonly canOpenManager = computed(
    () =>
      this.session.hasPermission('employees:read-all') ||
      this.employeeId() !== this.session.user()?.employeeId,
  );
  protected readonly path = computed(() => {
    if (!this.employee.hasValue()) return '';
    const e = this.employee.value();
    const units = this.units.hasValue() ? this.units.value() : [];
    const path = pathOf(units, e.orgUnitId).map((u) => u.name);
    return path.length ? path.join(' › ') : e.orgUnitName;
  });
}
