import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@cadre/web/i18n';
import { PageHeaderComponent } from '@cadre/web/ui';
import { CareerViewComponent } from './career-view.component';

/** Someone's career, for their manager (who rates, agrees and nominates here) or HR. */
@Component({
  selector: 'cadre-person-career-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    PageHeaderComponent,
    CareerViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'career.person.title' | t">
        <a mat-stroked-button [routerLink]="['/people', employeeId()]">
          <mat-icon>person</mat-icon>{{ 'career.person.page' | t }}
        </a>
      </cadre-page-header>
      <cadre-career-view [employeeId]="employeeId()" />
    </div>
  `,
})
export class PersonCareerPageComponent {
  /** From the route (people/:employeeId). */
  readonly employeeId = input.required<string>();
}
