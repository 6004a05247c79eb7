import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();
  const person = { email: 'wu.tingting@cadre.test', name: 'Wu Tingting' };
  const reason = (password: string) => policy.problem(password, person);

  it.each([
    ['password123', 'too easy to guess'],
    ['qwertyuiop', 'too easy to guess'],
    ['1234567890', 'too easy to guess'],
    ['iloveyou12', 'too easy to guess'],
    ['aaaaaaaaaaaa', 'one character repeated'],
    ['            ', 'only spaces'],
    ['short', 'at least 10 characters'],
    ['tingting-2027!', 'your email address or name'],
    ['Wu.Tingting@cadre.test', 'your email address or name'],
  ])('refuses %j (%s)', (password, expected) => {
    expect(reason(password)).toContain(expected);
  });

  it.each(['cadre-demo-orchid-41', 'violet kettle harbour', 'Tr4ck-the-quota-daily', 'test-password-123'])(
    'accepts %j',
    (password) => {
      expect(reason(password)).toBeNull();
    },
  );

  it('throws a 400 naming the field', () => {
    expect(() => policy.assertAcceptable('newPassword', 'password123', person)).toThrow(
      expect.objectContaining({
        status: 400,
        errors: [{ field: 'newPassword', reason: expect.any(String), code: 'password_guessable' }],
      }),
    );
  });
});
