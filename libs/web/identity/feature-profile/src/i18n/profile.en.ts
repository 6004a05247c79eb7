/** One's own profile and preferences: the words of this feature, English. */
export const profileEn: Record<string, string> = {
  'profile.title': 'My profile',
  'profile.details': 'Details',
  'profile.directReports': 'Direct reports',
  'profile.preferences': 'Preferences',
  'profile.changePassword': 'Change password',
  'profile.currentPassword': 'Current password',
  'profile.newPassword': 'New password',
  'profile.confirmPassword': 'Repeat the new password',
  'profile.mismatch': 'The two new passwords differ',
  'profile.passwordChanged': 'Password changed. Your other sessions have ended.',
};
