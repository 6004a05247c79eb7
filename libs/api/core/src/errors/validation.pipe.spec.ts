import type { ValidationError } from '@nestjs/common';
import { IsIn, MaxLength, Min, validate } from 'class-validator';
import { flattenValidationErrors } from './validation.pipe';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children });

describe('flattenValidationErrors', () => {
  it('names each field with its reason, without repeating the field name', () => {
    expect(flattenValidationErrors([error('email', { isEmail: 'email must be an email' })])).toEqual([
      { field: 'email', reason: 'must be an email', code: 'email' },
    ]);
  });

  it('writes nested paths with dots and array indexes with brackets', () => {
    const nested = error('credits', undefined, [
      error('3', undefined, [error('amount', { isDecimal: 'amount must be a decimal' })]),
    ]);
    expect(flattenValidationErrors([nested])).toEqual([
      { field: 'credits[3].amount', reason: 'must be a decimal', code: 'number' },
    ]);
  });

  it('keeps whitelist refusals readable', () => {
    expect(
      flattenValidationErrors([error('admin', { whitelistValidation: 'property admin should not exist' })]),
    ).toEqual([{ field: 'admin', reason: 'property admin should not exist', code: 'unknown_field' }]);
  });

  it("gives each error a code, with the decorator's arguments as parameters", async () => {
    class Person {
      @MaxLength(5) name = 'Wang Xiaoming';
      @Min(18) age = 12;
      @IsIn(['a', 'b']) kind = 'c';
    }
    const errors = await validate(new Person(), { validationError: { target: true, value: false } });
    expect(flattenValidationErrors(errors)).toEqual([
      {
        field: 'name',
        reason: 'must be shorter than or equal to 5 characters',
        code: 'too_long',
        params: { max: 5 },
      },
      { field: 'age', reason: 'must not be less than 18', code: 'too_small', params: { min: 18 } },
      { field: 'kind', reason: expect.any(String), code: 'one_of', params: { values: 'a, b' } },
    ]);
  });
});
