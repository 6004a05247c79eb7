import { ChangeDetectionStrategy, Component, signal, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { FormDialogComponent } from './form-dialog.component';

/** A dialog of a form group, as most are: its fields name their controls. */
@Component({
  imports: [FormDialogComponent, ReactiveFormsModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      title="Rename East"
      submitLabel="Save"
      cancelLabel="Cancel"
      [busy]="busy()"
      [error]="error()"
      submitTestId="save"
      errorTestId="problem"
      (submitted)="saves = saves + 1"
    >
      <mat-dialog-content>
        <input formControlName="name" data-testid="name" />
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
})
class GroupDialogComponent {
  readonly form = new FormGroup({ name: new FormControl('East', { nonNullable: true }) });
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  saves = 0;
}

/** A dialog of one bare control (the set-password dialog): no group, no ngSubmit anywhere. */
@Component({
  imports: [FormDialogComponent, ReactiveFormsModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      title="New password"
      submitLabel="Save"
      cancelLabel="Cancel"
      (submitted)="saves = saves + 1"
    >
      <mat-dialog-content>
        <input [formControl]="password" data-testid="password" />
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
})
class ControlDialogComponent {
  readonly password = new FormControl('', { nonNullable: true });
  saves = 0;
}

describe('FormDialogComponent', () => {
  const settle = async () => {
    TestBed.tick();
    await new Promise((done) => setTimeout(done, 0));
  };

  async function open<T>(component: Type<T>) {
    const ref = TestBed.inject(MatDialog).open(component);
    const closed = firstValueFrom(ref.afterClosed());
    await settle();
    const pane = document.querySelector('.cdk-overlay-pane') as HTMLElement;
    const byTestId = <E extends HTMLElement>(id: string) =>
      pane.querySelector(`[data-testid="${id}"]`) as E | null;
    const save = () => pane.querySelector('button[type="submit"]') as HTMLButtonElement;
    const cancel = () =>
      Array.from(pane.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Cancel') as
        HTMLButtonElement | undefined;
    return { dialog: ref.componentInstance, closed, pane, byTestId, save, cancel };
  }

  /** Whether the browser would have gone on to submit the form itself (reloading the page). */
  function watchSubmits() {
    const submits: SubmitEvent[] = [];
    const listener = (event: Event) => submits.push(event as SubmitEvent);
    document.addEventListener('submit', listener);
    return { submits, stop: () => document.removeEventListener('submit', listener) };
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('titles the dialog, above a form that holds the fields, then the buttons', async () => {
    const { pane } = await open(GroupDialogComponent);
    const title = pane.querySelector('.mat-mdc-dialog-title') as HTMLElement;
    expect(title.textContent?.trim()).toBe('Rename East');
    expect(pane.querySelector('mat-dialog-container')?.getAttribute('aria-labelledby')).toBe(title.id);
    // The title is the form's sibling, not the content's: the content keeps its top padding.
    const form = title.nextElementSibling as HTMLFormElement;
    expect(form.tagName).toBe('FORM');
    expect(form.noValidate).toBe(true);
    expect(form.querySelector('.mat-mdc-dialog-content [data-testid="name"]')).not.toBeNull();
    expect(form.lastElementChild?.classList).toContain('mat-mdc-dialog-actions');
  });

  it("binds the projected fields to the dialog's own form group", async () => {
    const { dialog, byTestId } = await open(GroupDialogComponent);
    const input = byTestId<HTMLInputElement>('name');
    expect(input?.value).toBe('East');
    (input as HTMLInputElement).value = 'East Region';
    input?.dispatchEvent(new Event('input'));
    expect(dialog.form.getRawValue()).toEqual({ name: 'East Region' });
  });

  it("submits with the submit button, once, in place of the browser's own submission", async () => {
    const { dialog, pane, save } = await open(GroupDialogComponent);
    const watch = watchSubmits();
    save().click();
    watch.stop();
    expect(dialog.saves).toBe(1);
    expect(watch.submits).toHaveLength(1);
    expect(watch.submits[0].defaultPrevented).toBe(true);
    // The submit reaches [formGroup] on the shell, as it would on a <form [formGroup]>.
    await settle();
    expect(pane.querySelector('cadre-form-dialog')?.classList).toContain('ng-submitted');
  });

  it('makes the submit button the one Enter presses: the first submit button of the form', async () => {
    const { pane, save, cancel } = await open(GroupDialogComponent);
    expect(save().getAttribute('data-testid')).toBe('save');
    expect(save().textContent?.trim()).toBe('Save');
    expect(pane.querySelectorAll('form button[type="submit"]')).toHaveLength(1);
    expect(cancel()?.type).toBe('button');
  });

  it('submits a dialog of bare controls too', async () => {
    const { dialog, save } = await open(ControlDialogComponent);
    const watch = watchSubmits();
    save().click();
    watch.stop();
    expect(dialog.saves).toBe(1);
    expect(watch.submits[0].defaultPrevented).toBe(true);
  });

  it('does not submit while busy', async () => {
    const { dialog, save } = await open(GroupDialogComponent);
    dialog.busy.set(true);
    await settle();
    expect(save().disabled).toBe(true);
    save().click();
    expect(dialog.saves).toBe(0);
  });

  it("announces the server's refusal only when there is one", async () => {
    const { dialog, pane } = await open(GroupDialogComponent);
    expect(pane.querySelector('[role="alert"]')).toBeNull();
    dialog.error.set('Every seat of this requisition is filled');
    await settle();
    const alert = pane.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('Every seat of this requisition is filled');
    expect(alert?.getAttribute('data-testid')).toBe('problem');
  });

  it('closes with nothing on Cancel, even after typing, and submits nothing', async () => {
    const { dialog, closed, byTestId, cancel } = await open(GroupDialogComponent);
    const input = byTestId<HTMLInputElement>('name') as HTMLInputElement;
    input.value = 'Typed, then thought better of';
    input.dispatchEvent(new Event('input'));
    const watch = watchSubmits();
    cancel()?.click();
    watch.stop();
    await expect(closed).resolves.toBeUndefined();
    expect(watch.submits).toHaveLength(0);
    expect(dialog.saves).toBe(0);
  });

  it('closes with nothing on Escape, without submitting', async () => {
    const { dialog, closed, pane } = await open(GroupDialogComponent);
    // The CDK reads keyCode, which jsdom's KeyboardEvent leaves at 0.
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'keyCode', { value: 27 });
    pane.dispatchEvent(escape);
    await expect(closed).resolves.toBeUndefined();
    expect(dialog.saves).toBe(0);
  });
});
