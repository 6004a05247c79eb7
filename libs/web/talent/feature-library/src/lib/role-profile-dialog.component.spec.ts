import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { CompetencyDto } from '@cadre/shared/contracts';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { RoleProfileDialogComponent } from './role-profile-dialog.component';

const dictionary = {
  'talent.nameEn': 'Name (English)',
  'talent.nameZh': 'Name (Chinese)',
  'talent.summaryEn': 'Summary (English)',
  'talent.summaryZh': 'Summary (Chinese)',
  'talent.profile.minYears': 'Minimum years',
  'talent.profile.weight': 'Weight',
  'talent.profile.competency': 'Competency',
  'talent.profile.weightHint': 'A number above 0 such as 1 or 2.5',
  'talent.fixFields': 'Check these fields: {fields}',
  'validation.code.required': 'Required',
  'validation.code.too_large': 'At most {max}',
};

const competency: CompetencyDto = {
  id: 'c-1',
  code: 'negotiation',
  category: 'skill',
  name: { en: 'Negotiation', zh: '谈判' },
  description: { en: '', zh: '' },
  levels: [],
  archived: false,
};

describe('RoleProfileDialogComponent', () => {
  it('says which field is wrong and why: a blank name, a weight of "abc", 99 years', async () => {
    TestBed.configureTestingModule({
      imports: [RoleProfileDialogComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLATIONS, useValue: { en: dictionary, 'zh-CN': dictionary } },
        { provide: MAT_DIALOG_DATA, useValue: { profile: null, competencies: [competency] } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(RoleProfileDialogComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('[data-testid="profile-code"]', 'account-executive');
    type('[data-testid="profile-name-zh"]', '客户经理');
    type('[data-testid="profile-min-years"]', '99');
    (
      el.querySelector('button.mat-mdc-outlined-button, button[mat-stroked-button]') as HTMLButtonElement
    ).click();
    fixture.detectChanges();
    type('[data-testid="profile-weight"]', 'abc');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();

    const errorOf = (selector: string) =>
      (el.querySelector(selector) as HTMLElement)
        .closest('mat-form-field')
        ?.querySelector('mat-error')
        ?.textContent?.trim();
    expect(errorOf('[data-testid="profile-name-en"]')).toBe('Required');
    expect(errorOf('[data-testid="profile-min-years"]')).toBe('At most 40');
    expect(errorOf('[data-testid="profile-weight"]')).toBe('A number above 0 such as 1 or 2.5');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Check these fields: Name (English), Summary (English), Summary (Chinese), Minimum years, Competency (1), Weight (1)',
    );
    // Nothing reached the server.
    TestBed.inject(HttpTestingController).verify();
  });
});
