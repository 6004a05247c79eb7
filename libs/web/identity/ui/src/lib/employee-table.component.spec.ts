import { BreakpointObserver } from '@angular/cdk/layout';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import type { EmployeeDto } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { EmployeeTableComponent } from './employee-table.component';

const employee = (overrides: Partial<EmployeeDto>): EmployeeDto => ({
  id: 'e1',
  fullName: 'Huang Jie',
  email: 'huang.jie@example.test',
  jobTitle: 'Account Executive',
  hireDate: '2026-11-08',
  status: 'active',
  orgUnitId: 'u1',
  orgUnitName: 'Analytics',
  managerId: 'm1',
  managerName: 'Liu Yang',
  userId: null,
  ...overrides,
});

describe('EmployeeTableComponent', () => {
  function render(employees: EmployeeDto[], inputs: Record<string, unknown> = {}, phone = false) {
    TestBed.configureTestingModule({
      imports: [EmployeeTableComponent],
      providers: [
        provideRouter([]),
        { provide: BreakpointObserver, useValue: { observe: () => of({ matches: phone, breakpoints: {} }) } },
        {
          provide: TRANSLATIONS,
          useValue: {
            en: {
              'people.newHire': 'New',
              'people.statuses.on_leave': 'On leave',
              'people.statuses.active': 'Active',
            },
            'zh-CN': {},
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(EmployeeTableComponent);
    fixture.componentRef.setInput('employees', employees);
    fixture.componentRef.setInput('today', new Date('2026-11-27T10:00:00Z'));
    for (const [key, value] of Object.entries(inputs)) fixture.componentRef.setInput(key, value);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks people hired in the last 90 days as new, and nobody else', () => {
    const el = render([
      employee({ id: 'a', fullName: 'Recent' }),
      employee({ id: 'b', fullName: 'Veteran', hireDate: '2019-07-15' }),
      employee({ id: 'c', fullName: 'Future', hireDate: '2026-12-15' }),
    ]);
    const rows = Array.from(el.querySelectorAll('tr.mat-mdc-row'));
    expect(rows.map((r) => r.textContent?.includes('New'))).toEqual([true, false, false]);
  });

  it('shows the status in words, and the edit column only when editable', () => {
    let el = render([employee({ status: 'on_leave' })]);
    expect(el.textContent).toContain('On leave');
    expect(el.querySelector('button[aria-label*="Huang Jie"]')).toBeNull();
    TestBed.resetTestingModule();
    el = render([employee({})], { editable: true });
    expect(el.querySelector('button[aria-label*="Huang Jie"]')).not.toBeNull();
  });

  it("links each person's name to their page", () => {
    const el = render([employee({ id: 'e-42' })]);
    expect(el.querySelector('a[data-testid="person-Huang Jie"]')?.getAttribute('href')).toBe('/people/e-42');
  });

  it('on a phone, keeps the name (with title and unit beneath), the status and the actions', () => {
    const el = render([employee({})], { editable: true }, true);
    const headers = Array.from(el.querySelectorAll('th')).length;
    expect(headers).toBe(3);
    expect(el.querySelector('td')?.textContent).toContain('Account Executive · Analytics');
    expect(el.querySelector('button[aria-label*="Huang Jie"]')).not.toBeNull();
  });
});
