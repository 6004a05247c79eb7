import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApplicationDto, FitCompetency, ScorecardDto } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { ScorecardFormComponent } from './scorecard-form.component';

const dictionary = {
  'recruitment.scorecard.incomplete': 'Rate every competency and give a recommendation',
  'recruitment.scorecard.submit': 'Submit scorecard',
  'recruitment.scorecard.update': 'Update scorecard',
  'recruitment.recommendations.yes': 'Yes',
  'errors.code.application_closed': 'This application is closed.',
};

const competency = (code: string, targetLevel: number, mustHave = false): FitCompetency => ({
  competencyId: `id-${code}`,
  code,
  name: { en: code, zh: code },
  category: 'skill',
  targetLevel,
  weight: '1',
  mustHave,
  rating: null,
  gap: '0',
  contribution: '0',
  disagreement: false,
});

describe('ScorecardFormComponent', () => {
  async function render(existing: ScorecardDto | null = null) {
    TestBed.configureTestingModule({
      imports: [ScorecardFormComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } },
      ],
    });
    const fixture = TestBed.createComponent(ScorecardFormComponent);
    fixture.componentRef.setInput('applicationId', 'app-1');
    fixture.componentRef.setInput('competencies', [competency('closing', 4, true), competency('crm', 3)]);
    fixture.componentRef.setInput('existing', existing);
    const saved: ApplicationDto[] = [];
    fixture.componentInstance.saved.subscribe((a) => saved.push(a));
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((done) => setTimeout(done));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const rate = (code: string, level: number) =>
      (el.querySelectorAll(`[data-testid="rate-${code}"] button`)[level - 1] as HTMLButtonElement).click();
    const submit = async () => {
      (el.querySelector('[data-testid="scorecard-submit"]') as HTMLButtonElement).click();
      await settle();
    };
    return { el, rate, submit, settle, saved, backend: TestBed.inject(HttpTestingController) };
  }

  it('asks for every rating and a recommendation before calling the server', async () => {
    const { el, rate, submit, backend } = await render();
    rate('closing', 4);
    await submit();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Rate every competency');
    backend.expectNone('/api/applications/app-1/scorecard');
  });

  it('sends each rating as a number with its evidence, and emits the updated application', async () => {
    const { el, rate, submit, settle, saved, backend } = await render();
    rate('closing', 4);
    rate('crm', 2);
    const evidence = el.querySelectorAll('input[formcontrolname="evidence"]')[0] as HTMLInputElement;
    evidence.value = 'Closed a 2M deal';
    evidence.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="recommendation"] button') as HTMLButtonElement).click();
    await submit();
    const request = backend.expectOne('/api/applications/app-1/scorecard');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      recommendation: 'strong_no',
      summary: '',
      ratings: [
        { competencyId: 'id-closing', rating: 4, evidence: 'Closed a 2M deal' },
        { competencyId: 'id-crm', rating: 2, evidence: '' },
      ],
    });
    request.flush({ id: 'app-1' });
    await settle();
    expect(saved).toEqual([{ id: 'app-1' }]);
  });

  it("starts from the interviewer's own scorecard and shows the server's refusal", async () => {
    const { el, submit, settle, saved, backend } = await render({
      id: 'sc-1',
      interviewerUserId: 'u-1',
      interviewerName: 'Liu Yang',
      recommendation: 'yes',
      revision: 1,
      amendedAt: null,
      amendedAfterReadingOthers: false,
      summary: 'Solid',
      submittedAt: '2026-11-27T08:00:00.000Z',
      ratings: [
        { competencyId: 'id-closing', rating: 5, evidence: 'Great' },
        { competencyId: 'id-crm', rating: 3, evidence: '' },
      ],
    });
    expect(el.querySelector('[data-testid="scorecard-submit"]')?.textContent).toContain('Update scorecard');
    await submit();
    const request = backend.expectOne('/api/applications/app-1/scorecard');
    expect(request.request.body.ratings.map((r: { rating: number }) => r.rating)).toEqual([5, 3]);
    expect(request.request.body.recommendation).toBe('yes');
    request.flush(
      { statusCode: 409, code: 'application_closed', message: 'The application is already hired' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('This application is closed.');
    expect(saved).toEqual([]);
  });
});
