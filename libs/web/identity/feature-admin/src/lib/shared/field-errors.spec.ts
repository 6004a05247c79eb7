import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors } from './field-errors';

describe('applyServerErrors', () => {
  it('puts each server field error on its control and returns the ones no control claims', () => {
    const form = new FormGroup({ email: new FormControl('x'), name: new FormControl('y') });
    const rest = applyServerErrors(form, {
      status: 400,
      code: 'validation_failed',
      message: '',
      fieldErrors: [
        { field: 'email', reason: 'must be an email address' },
        { field: 'roles', reason: 'must name at least one role' },
      ],
    });
    expect(form.controls.email.errors).toEqual({ server: 'must be an email address' });
    expect(form.controls.email.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
    expect(rest).toEqual(['roles: must name at least one role']);
  });
});
