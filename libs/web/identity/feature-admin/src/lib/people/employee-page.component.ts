import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { describeError, EMPLOYEE_PAGE_SECTIONS, loadSections, toAppError } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';

/**
 * One person's page, reached from every list of people. The page shows who they are; the
 * sections below come from each part of Cadre that knows something about them (see
 * EMPLOYEE_PAGE_SECTIONS), in their order. The API decides who may see whom.
 */
@Component({
  selector: 'cadre-employee-page',
  imports: [
    NgComponentOutlet,
    MatIconModule,
    TranslatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (employee.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (employee.error(); as error) {
        <cadre-error-state
          [message]="errorText(error)"
          [retryLabel]="'common.retry' | t"
          (retry)="employee.reload()"
        />
      } @else if (employee.hasValue()) {
        @let e = employee.value();
        <cadre-page-header [title]="e.fullName" [subtitle]="e.jobTitle + ' · ' + e.orgUnitName" />
        <div class="sections">
          @for (section of sections.hasValue() ? sections.value() : []; track section.key) {
            <ng-container *ngComponentOutlet="section.component; inputs: { employeeId: e.id }" />
          }
        </div>
      }
    </div>
  `,
  styles: `
    .sections {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      align-items: start;
    }
  `,
})
export class EmployeePageComponent {
  readonly id = input.required<string>();
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(I18n);
  private readonly registered = inject(EMPLOYEE_PAGE_SECTIONS, { optional: true }) ?? [];
  protected readonly sections = loadSections(() => this.registered);
  protected readonly employee = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.employee(params),
  });

  protected errorText(error: unknown): string {
    const appError = toAppError(error);
    if (appError.status === 403) return this.i18n.t('person.forbidden');
    if (appError.status === 404 || appError.status === 400) return this.i18n.t('person.notFound');
    return describeError(this.i18n, appError);
  }
}
