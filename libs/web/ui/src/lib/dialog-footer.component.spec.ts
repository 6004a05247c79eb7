import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { DialogFooterComponent } from './dialog-footer.component';

@Component({
  imports: [DialogFooterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submitted = submitted + 1">
      <cadre-dialog-footer
        submitLabel="Save"
        cancelLabel="Cancel"
        [busy]="busy()"
        [error]="error()"
        submitTestId="save"
        errorTestId="problem"
      />
    </form>
  `,
})
class HostComponent {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  submitted = 0;
}

describe('DialogFooterComponent', () => {
  function render() {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [{ provide: MatDialogRef, useValue: { close } }],
    });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const save = () => el.querySelector('[data-testid="save"]') as HTMLButtonElement;
    return { fixture, el, save, close };
  }

  it("submits the dialog's form, and not while it is busy", () => {
    const { fixture, save } = render();
    save().click();
    expect(fixture.componentInstance.submitted).toBe(1);
    fixture.componentInstance.busy.set(true);
    fixture.detectChanges();
    expect(save().disabled).toBe(true);
  });

  it("announces the server's refusal only when there is one", () => {
    const { fixture, el } = render();
    expect(el.querySelector('[role="alert"]')).toBeNull();
    fixture.componentInstance.error.set('Every seat of this requisition is filled');
    fixture.detectChanges();
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('Every seat of this requisition is filled');
    expect(alert?.getAttribute('data-testid')).toBe('problem');
  });

  it('closes the dialog with Cancel, without submitting', () => {
    const { fixture, el, close } = render();
    const cancel = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Cancel');
    cancel?.click();
    expect(close).toHaveBeenCalled();
    expect(fixture.componentInstance.submitted).toBe(0);
  });
});
