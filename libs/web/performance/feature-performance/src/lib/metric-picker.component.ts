import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { MetricDto } from '@cadre/shared/contracts';
import { I18n, TranslatePipe } from '@cadre/web/i18n';

/** Which metric a table or chart shows, by its name in the reader's language. */
@Component({
  selector: 'cadre-metric-picker',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      width: 240px;
      max-width: 100%;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <mat-form-field>
      <mat-label>{{ 'performance.metric' | t }}</mat-label>
      <mat-select [value]="value()" (selectionChange)="value.set($event.value)" [attr.data-testid]="testId()">
        @for (m of metrics(); track m.id) {
          <mat-option [value]="m.code">{{ name(m) }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
})
export class MetricPickerComponent {
  private readonly i18n = inject(I18n);

  readonly metrics = input.required<readonly MetricDto[]>();
  /** The chosen metric's code. */
  readonly value = model.required<string>();
  readonly testId = input('metric');

  protected name(m: MetricDto): string {
    return this.i18n.pick({ en: m.nameEn, zh: m.nameZh });
  }
}
