/** Signing in: the words of this feature, English. */
export const loginEn: Record<string, string> = {
  'login.tagline': 'Hire, onboard, coach, grow and pay your sales team',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.hidePassword': 'Hide password',
  'login.submit': 'Sign in',
  'login.expired': 'Your session ended. Sign in again to continue.',
};
