import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { confirmAction } from './confirm-dialog.component';

describe('confirmAction', () => {
  const ask = () => {
    const dialog = TestBed.inject(MatDialog);
    const answer = confirmAction(dialog, {
      title: 'Delete East?',
      message: 'The unit is removed.',
      confirmLabel: 'Delete',
      cancelLabel: 'Cancel',
      destructive: true,
    });
    const pane = () => document.querySelector('.cdk-overlay-pane') as HTMLElement;
    return { answer, pane };
  };
  const settle = async () => {
    TestBed.tick();
    await new Promise((done) => setTimeout(done, 0));
  };
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('says the title and the message, in the words it was given', async () => {
    const { pane } = ask();
    await settle();
    expect(pane().textContent).toContain('Delete East?');
    expect(pane().textContent).toContain('The unit is removed.');
  });

  it('is false on Cancel, and on Escape', async () => {
    const cancelled = ask();
    await settle();
    (cancelled.pane().querySelector('[data-testid="confirm-cancel"]') as HTMLButtonElement).click();
    await expect(cancelled.answer).resolves.toBe(false);

    const escaped = ask();
    await settle();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'keyCode', { value: 27 });
    escaped.pane().dispatchEvent(escape);
    await expect(escaped.answer).resolves.toBe(false);
  });

  it('is true only on the confirm button', async () => {
    const { answer, pane } = ask();
    await settle();
    (pane().querySelector('[data-testid="confirm-ok"]') as HTMLButtonElement).click();
    await expect(answer).resolves.toBe(true);
  });
});
