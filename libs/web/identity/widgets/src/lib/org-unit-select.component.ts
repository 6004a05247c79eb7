import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { OrgUnitChoices } from './org-unit-choices';

/**
 * A page's choice of one org unit (HR's and admins' "whose team"), the tree indented, for
 * another context's page. Forms use OrgUnitChoices with their own control.
 */
@Component({
  selector: 'cadre-org-unit-select',
  imports: [MatFormFieldModule, MatSelectModule],
  providers: [OrgUnitChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      width: 280px;
      max-width: 100%;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <mat-select [value]="value()" (selectionChange)="value.set($event.value)" [attr.data-testid]="testId()">
        @for (u of units(); track u.id) {
          <mat-option [value]="u.id"
            ><span [style.padding-left.px]="u.depth * 12">{{ u.name }}</span></mat-option
          >
        }
      </mat-select>
    </mat-form-field>
  `,
})
export class OrgUnitSelectComponent {
  protected readonly units = inject(OrgUnitChoices).units;
  /** The field's label, in the reader's language. */
  readonly label = input.required<string>();
  /** The chosen unit's id; null until one is chosen. */
  readonly value = model<string | null>(null);
  readonly testId = input('org-unit');
}
