import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { SimulationOutput, Statement } from '@cadre/compensation/engine';
import type { PlanExampleDto } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { SimulatorPageComponent } from './simulator-page.component';

const dictionary = {
  'compensation.simulator.problems': 'The document has {count} problem(s)',
  'validation.code.plan_decimal': '{value} ist keine Dezimalzahl',
  'compensation.trace.basis': '{metric} total {basis}',
  'compensation.trace.rate': '{basis} × {rate} = {amount}',
  'compensation.trace.rounding': 'Exact {exact}, rounded {rounding}',
  'compensation.rounding.half-up': 'half up',
  'compensation.statement.balanceSteps': 'Owed before {opening}; recovered {recovered}; added {added}',
};

const example: PlanExampleDto = {
  id: 'sdr-meetings',
  name: 'Sales Development 2027',
  document: '{ "plan": { "name": "Sales Development 2027" } }',
};

function statement(payee: string, period: string, payout: string): Statement {
  return {
    payee,
    period,
    currency: 'CNY',
    lines: [
      {
        component: 'rev',
        name: 'Revenue',
        amount: payout,
        trace: {
          type: 'rate',
          metric: 'revenue',
          basis: '64000',
          quota: null,
          attainment: null,
          steps: [{ step: 'rate', rate: '0.04', basis: '64000', amount: payout }],
          raw: payout,
          zeroedBy: null,
          capped: null,
          exact: payout,
          rounding: 'half-up',
        },
      },
    ],
    earnings: payout,
    payout,
    recovered: '0.00',
    balance: '0.00',
    trace: {
      tenurePeriod: null,
      rampMultiplier: '1',
      linesTotal: payout,
      planCap: null,
      draw: null,
      openingBalance: '0.00',
      settlement: 'earnings-cover-draw',
      balanceAdded: '0.00',
    },
  };
}

describe('SimulatorPageComponent', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [SimulatorPageComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } },
      ],
    });
    const fixture = TestBed.createComponent(SimulatorPageComponent);
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/compensation/examples').flush([example]);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const editor = el.querySelector('[data-testid="simulate-document"]') as HTMLTextAreaElement;
    const runButton = el.querySelector('[data-testid="simulate-run"]') as HTMLButtonElement;
    return { fixture, backend, el, editor, runButton };
  }

  async function settle(fixture: { detectChanges(): void; whenStable(): Promise<unknown> }) {
    await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function type(editor: HTMLTextAreaElement, text: string) {
    editor.value = text;
    editor.dispatchEvent(new Event('input'));
  }

  it('runs nothing until there is a document, then sends it as written', async () => {
    const { fixture, backend, el, editor, runButton } = await render();
    expect(runButton.disabled).toBe(true);
    expect(el.textContent).toContain('compensation.simulator.idleTitle');

    type(editor, '  {"plan": 1}  ');
    await settle(fixture);
    expect(runButton.disabled).toBe(false);
    runButton.click();
    await settle(fixture);
    const request = backend.expectOne('/api/compensation/simulate');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe('  {"plan": 1}  ');
    expect(request.request.headers.get('Content-Type')).toBe('application/json');
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    expect(runButton.disabled).toBe(true);

    const output: SimulationOutput = {
      statements: [statement('xu.hao', '2027-03', '2560.00'), statement('lin.jing', '2027-03', '1234567.50')],
    };
    request.flush(output);
    await settle(fixture);
    expect(el.querySelector('mat-progress-bar')).toBeNull();
    expect(el.querySelector('[data-testid="simulate-total"]')?.textContent?.trim()).toBe('1,237,127.50 CNY');
    const rows = el.querySelectorAll('[data-testid="simulate-statements"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('1,234,567.50');
    // The first statement is explained at once; choosing another explains that one.
    const explained = () => el.querySelector('[data-testid="statement"]')?.textContent ?? '';
    expect(explained()).toContain('64,000 × 0.04 = 2,560.00');
    (rows[1].querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    expect(explained()).toContain('64,000 × 0.04 = 1,234,567.50');
    backend.verify();
  });

  it('lists every problem of a refused document with its path, and no statements', async () => {
    const { fixture, backend, el, editor, runButton } = await render();
    type(editor, '{}');
    await settle(fixture);
    runButton.click();
    backend.expectOne('/api/compensation/simulate').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'plan: is required',
        errors: [
          { field: 'plan', reason: 'is required' },
          {
            field: 'credits[3].amount',
            reason: '"12x" is not a decimal number',
            code: 'plan_decimal',
            params: { value: '"12x"' },
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const problems = el.querySelector('[data-testid="simulate-problems"]') as HTMLElement;
    expect(problems.getAttribute('role')).toBe('alert');
    expect(problems.textContent).toContain('The document has 2 problem(s)');
    expect(Array.from(problems.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual([
      'plan is required',
      // Translated by its code where the reader's dictionary has it; the English otherwise.
      'credits[3].amount "12x" ist keine Dezimalzahl',
    ]);
    expect(el.querySelector('[data-testid="simulate-statements"]')).toBeNull();
  });

  it('runs with Ctrl+Enter from the editor', async () => {
    const { fixture, backend, editor } = await render();
    type(editor, '{}');
    await settle(fixture);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    await settle(fixture);
    backend.expectOne('/api/compensation/simulate').flush({ statements: [] });
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'compensation.simulator.noStatements',
    );
  });
});
