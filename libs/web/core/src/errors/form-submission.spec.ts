import { TestBed } from '@angular/core/testing';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { I18n, TRANSLATIONS } from '@cadre/web/i18n';
import { describeFieldErrors } from './field-error-text';
import { applyServerErrors } from './form-submission';
import { describeError } from './notifier';

const zh = {
  'validation.code.too_long': '最多 {max} 个字符',
  'validation.code.required': '必填',
  'fields.fullName': '姓名',
  'fields.evidence': '依据',
};

describe('field errors in the reader’s language', () => {
  let i18n: I18n;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: TRANSLATIONS, useValue: { en: {}, 'zh-CN': zh } }],
    });
    i18n = TestBed.inject(I18n);
    i18n.use('zh-CN');
  });

  it("finds a list item's control from the API's name for it (ratings[1].evidence)", () => {
    const form = new FormGroup({
      ratings: new FormArray([
        new FormGroup({ evidence: new FormControl('a') }),
        new FormGroup({ evidence: new FormControl('b') }),
      ]),
    });
    const rest = applyServerErrors(i18n, form, {
      status: 400,
      code: 'validation_failed',
      message: '',
      fieldErrors: [
        { field: 'ratings[1].evidence', reason: 'too long', code: 'too_long', params: { max: 2000 } },
      ],
    });
    expect(rest).toEqual([]);
    expect(form.get('ratings.1.evidence')?.errors).toEqual({ server: '最多 2000 个字符' });
    expect(form.get('ratings.0.evidence')?.errors).toBeNull();
  });

  it('puts each server field error on its control, translated, and returns the ones no control claims', () => {
    const form = new FormGroup({ fullName: new FormControl('x'), email: new FormControl('y') });
    const rest = applyServerErrors(i18n, form, {
      status: 400,
      code: 'validation_failed',
      message: '',
      fieldErrors: [
        {
          field: 'fullName',
          reason: 'must be shorter than or equal to 120 characters',
          code: 'too_long',
          params: { max: 120 },
        },
        { field: 'roles', reason: 'must name at least one role' },
      ],
    });
    expect(form.controls.fullName.errors).toEqual({ server: '最多 120 个字符' });
    expect(form.controls.fullName.touched).toBe(true);
    expect(form.controls.email.errors).toBeNull();
    expect(rest).toEqual([{ field: 'roles', reason: 'must name at least one role' }]);
  });

  it('says a refused form field by field, with labels instead of internal names, and English only for unknown codes', () => {
    const error = {
      status: 400,
      code: 'validation_failed',
      message: 'fullName: must be shorter than or equal to 120 characters; ratings[0].evidence: …',
      fieldErrors: [
        { field: 'fullName', reason: 'must be shorter …', code: 'too_long' as const, params: { max: 120 } },
        { field: 'ratings[0].evidence', reason: 'is required', code: 'required' as const },
        { field: 'notes', reason: 'is odd' },
      ],
    };
    expect(describeError(i18n, error)).toBe('姓名: 最多 120 个字符 依据 (1): 必填 notes: is odd');
    expect(describeFieldErrors(i18n, error.fieldErrors.slice(0, 1))).toBe('姓名: 最多 120 个字符');
  });
});
