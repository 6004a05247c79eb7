import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { askToMove, type MoveDecision } from './move-dialog.component';

const dictionary = {
  'recruitment.move.title': 'Move {name} to {stage}',
  'recruitment.move.reason': 'Why',
  'recruitment.move.required': 'Say why',
  'recruitment.move.confirm': 'Move',
  'recruitment.stages.screening': 'Screening',
  'recruitment.stages.rejected': 'Rejected',
  'common.cancel': 'Cancel',
};

describe('the move dialog', () => {
  function open(stage: 'screening' | 'rejected') {
    TestBed.configureTestingModule({
      providers: [{ provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } }],
    });
    const dialog = TestBed.inject(MatDialog);
    const decision = askToMove(dialog, { candidateName: 'Gao Fei', stage });
    const pane = () => document.querySelector('.cdk-overlay-pane') as HTMLElement;
    const button = (testId: string) => pane().querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;
    return { dialog, decision, pane, button };
  }

  const settle = async () => {
    TestBed.tick();
    await new Promise((done) => setTimeout(done, 0));
  };

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it.each(['screening', 'rejected'] as const)(
    'resolves to nothing when Cancel is pressed (moving to %s)',
    async (stage) => {
      const { decision, button } = open(stage);
      await settle();
      button('move-cancel').click();
      await expect(decision).resolves.toBeUndefined();
    },
  );

  it('resolves to nothing on Escape', async () => {
    const { decision, pane } = open('screening');
    await settle();
    // The CDK reads keyCode, which jsdom's KeyboardEvent leaves at 0.
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'keyCode', { value: 27 });
    pane().dispatchEvent(escape);
    await expect(decision).resolves.toBeUndefined();
  });

  it('resolves to the decision, with the reason, only on Move', async () => {
    const { decision, pane, button } = open('rejected');
    await settle();
    expect(button('move-confirm').disabled).toBe(true);
    const reason = pane().querySelector('[data-testid="move-reason"]') as HTMLTextAreaElement;
    reason.value = '  Salary expectations far above the band ';
    reason.dispatchEvent(new Event('input'));
    await settle();
    button('move-confirm').click();
    await expect(decision).resolves.toEqual<MoveDecision>({
      reason: 'Salary expectations far above the band',
    });
  });
});
