import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support';

/** Every list of people leads to the person's page; the API decides who may see whom. */
test('a person’s page: the rep’s own with their development needs, the manager’s view of their team, and nothing beyond', async ({
  page,
}) => {
  await signIn(page, 'rep@cadre.test');
  await page.getByTestId('open-my-page').click();
  await expect(page.getByRole('heading', { name: 'Huang Jie' })).toBeVisible();
  await expect(page.getByTestId('person-unit-path')).toContainText('Analytics Instruments Team');
  await expect(page.getByTestId('person-role-profile')).toContainText('Account Executive');
  // The gaps the hiring scorecards found.
  const needs = page.getByTestId('person-needs');
  await expect(needs.getByRole('row')).not.toHaveCount(1);
  await expect(page.getByText('From the hiring interviews’ scorecards')).toBeVisible();
  // The manager is a link, but the rep may not open another person's page.
  await page.getByTestId('person-manager').click();
  await expect(
    page.getByText('This person is outside the part of the organisation you can see.'),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, 'manager@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByTestId('person-Huang Jie').click();
  await expect(page.getByRole('heading', { name: 'Huang Jie' })).toBeVisible();
  await expect(page.getByTestId('person-needs')).toBeVisible();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByText('待提升的能力项')).toBeVisible();
});
