import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ApplicationStage, ApplicationSummaryDto, RequisitionDto } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { PipelinePageComponent } from './pipeline-page.component';

const dictionary = {
  'recruitment.truncated': 'Showing the {shown} best-fitting of {total} candidates.',
  'recruitment.stages.applied': 'Applied',
  'recruitment.stages.interview': 'Interview',
};

const requisition: RequisitionDto = {
  id: 'req-1',
  title: 'Account Executive, East',
  status: 'open',
  roleProfileId: 'p',
  roleProfileVersionId: 'pv',
  roleProfileVersion: 2,
  roleProfileName: { en: 'Account Executive', zh: '客户经理' },
  orgUnitId: 'u',
  orgUnitName: 'East',
  hiringManagerId: 'm',
  hiringManagerName: 'Liu Yang',
  headcount: 2,
  filled: 0,
  applications: 3,
  openedAt: null,
  closedAt: null,
  createdAt: '2026-11-27T08:00:00.000Z',
};

const application = (rank: number, name: string, stage: ApplicationStage): ApplicationSummaryDto => ({
  id: `a-${rank}`,
  candidateId: `c-${rank}`,
  candidateName: name,
  requisitionId: 'req-1',
  stage,
  stageChangedAt: '2026-11-27T08:00:00.000Z',
  fitScore: null,
  knockedOut: false,
  scorecards: 0,
  interviewers: 0,
  disagreement: false,
  fitHidden: false,
  rank,
});

describe('PipelinePageComponent', () => {
  async function render(total: number) {
    TestBed.configureTestingModule({
      imports: [PipelinePageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } },
      ],
    });
    const fixture = TestBed.createComponent(PipelinePageComponent);
    fixture.componentRef.setInput('id', 'req-1');
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/requisitions/req-1').flush(requisition);
    const ranking = backend.expectOne((r) => r.url === '/api/requisitions/req-1/applications');
    expect(ranking.request.params.get('limit')).toBe('500');
    ranking.flush({
      items: [
        application(1, 'Li Na', 'interview'),
        application(2, 'Wang Lei', 'applied'),
        application(3, 'Zhang Wei', 'interview'),
      ],
      total,
      limit: 500,
      offset: 0,
    });
    await new Promise((done) => setTimeout(done));
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('puts each candidate in the column of their stage, in ranking order', async () => {
    const el = await render(3);
    const column = (stage: string) =>
      Array.from(el.querySelectorAll(`[data-testid="column-${stage}"] .card .name`)).map((a) =>
        a.textContent?.trim(),
      );
    expect(column('interview')).toEqual(['Li Na', 'Zhang Wei']);
    expect(column('applied')).toEqual(['Wang Lei']);
    expect(el.querySelector('[data-testid="truncated"]')).toBeNull();
  });

  it('says when the board holds only the best-fitting part of a large pipeline', async () => {
    const el = await render(4_812);
    expect(el.querySelector('[data-testid="truncated"]')?.textContent?.trim()).toBe(
      'Showing the 3 best-fitting of 4812 candidates.',
    );
  });
});
