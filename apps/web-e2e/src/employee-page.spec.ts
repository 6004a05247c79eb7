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
  // The rep may not open their manager's page, so the name is no link to a refusal...
  await expect(page.getByTestId('person-manager')).toHaveText('Liu Yang');
  await expect(page.getByRole('link', { name: 'Liu Yang' })).toHaveCount(0);
  // ...and typing another person's address is refused in words.
  const url = page.url();
  await page.goto(url.replace(/[^/]+$/, '00000000-0000-4000-8000-000000000000'));
  await expect(
    page.getByText(/outside the part of the organisation you can see|Nobody has this address/),
  ).toBeVisible();
  await page.goto(url);
  await signOut(page);

  await signIn(page, 'manager@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByTestId('person-Huang Jie').click();
  await expect(page.getByRole('heading', { name: 'Huang Jie' })).toBeVisible();
  await expect(page.getByTestId('person-needs')).toBeVisible();
  // From a report's page, their manager (here oneself) is a link.
  await expect(page.getByRole('link', { name: 'Liu Yang' })).toBeVisible();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByText('待提升的能力项')).toBeVisible();
});
