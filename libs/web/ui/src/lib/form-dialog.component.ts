import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The frame of a form dialog: the title, a form, and at its end the server's refusal (if
 * any), Cancel (closes with undefined) and the submit button (disabled while saving). The
 * dialog projects its own `<mat-dialog-content>`:
 *
 * ```html
 * <cadre-form-dialog [formGroup]="form" [title]="…" [submitLabel]="…" [cancelLabel]="…"
 *                    [busy]="busy()" [error]="error()" (submitted)="save()">
 *   <mat-dialog-content class="fields">…fields…</mat-dialog-content>
 * </cadre-form-dialog>
 * ```
 *
 * - `[formGroup]` goes on this element, not inside it: projected `formControlName`s find
 *   their group through the elements of the template that declares them, never through
 *   this component's own `<form>`. The submit event bubbles from that form to this element,
 *   so the group is marked submitted as it would be on a `<form [formGroup]>`. A dialog of
 *   `[formControl]`s needs nothing here.
 * - The content element is the dialog's, so its layout class (grid, gap, minimum width)
 *   stays in the dialog's own encapsulated styles and lands on the very element Material
 *   pads and scrolls; a wrapper inside a content element of ours would change the first
 *   child's margin and where a narrow screen scrolls.
 * - The title is a sibling of the form, not of the content: Material removes the content's
 *   top padding only when the content directly follows the title, and form dialogs have
 *   always had it.
 */
@Component({
  selector: 'cadre-form-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <form novalidate (submit)="submit($event)">
      <ng-content />
      @if (error()) {
        <p class="error" role="alert" [attr.data-testid]="errorTestId()">{{ error() }}</p>
      }
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ cancelLabel() }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-testid]="submitTestId()">
          {{ submitLabel() }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* No box of its own: the title and the form stay the dialog surface's own flex items. */
    :host {
      display: contents;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0 24px;
    }
  `,
})
export class FormDialogComponent {
  readonly title = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly submitTestId = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  /** The submit button was pressed, or Enter in a field. */
  readonly submitted = output<void>();

  protected submit(event: Event): void {
    // The form has no action: left to the browser, submitting it reloads the page.
    event.preventDefault();
    this.submitted.emit();
  }
}
