import { expect, test, type Page } from '@playwright/test';
import { openDialog, pick, signIn, signOut } from './support';

/**
 * Careers, as its users live it: the rep reads their path and starts a development plan;
 * the manager nominates (Cancel and Escape nominate nobody); HR reviews; the next-level
 * manager approves from today; the level and the learning path change at once.
 */
test.describe.configure({ mode: 'serial' });

const toChinese = async (page: Page) => {
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
};

test('a rep reads their path, every part of readiness, and starts a development plan', async ({ page }) => {
  await signIn(page, 'rep@cadre.test');
  await page.getByRole('link', { name: 'Career' }).click();
  await expect(page.getByTestId('current-level')).toHaveText('Account Executive');
  await expect(page.getByTestId('here')).toHaveCount(1);
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toContainText('ready for Senior Account Executive');
  await expect(page.getByTestId('parts-met')).toHaveText('2 of 4 parts met');
  await expect(page.getByTestId('part-certifications')).toContainText('COMP-101 · held');
  await expect(page.getByTestId('part-results')).toContainText('no target');

  // Any level: its requirements, met and missing.
  await page.getByTestId('track-level').filter({ hasText: 'Key Account Manager' }).click();
  await expect(readiness).toContainText('ready for Key Account Manager');
  await page.getByTestId('track-level').filter({ hasText: 'Senior Account Executive' }).click();
  await expect(readiness).toContainText('ready for Senior Account Executive');

  await expect(page.getByTestId('plan-item')).toHaveCount(0);
  await page.getByTestId('start-plan').click();
  await expect(page.getByText('Development plan updated')).toBeVisible();
  const items = page.getByTestId('plan-item');
  await expect(items.first()).toBeVisible();
  // Each gap: a course where one develops it, and a goal with the rep's mentor.
  await expect(items.first()).toContainText('mentor goal set');
  const gaps = await items.count();
  expect(gaps).toBeGreaterThan(0);
  await expect(page.getByTestId('start-plan')).toHaveCount(0);

  // Chinese at phone width: translated, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await toChinese(page);
  await expect(page.getByTestId('parts-met')).toHaveText('4 项中已达成 2 项');
  const overflow = await page.evaluate(() =>
    Array.from(document.querySelectorAll('cadre-career-view *')).some(
      (e) => e.getBoundingClientRect().right > window.innerWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
});

test('the manager nominates; HR reviews; the next-level manager approves; the level and path change', async ({
  page,
}) => {
  await signIn(page, 'manager@cadre.test');
  await page.goto('/career/team');
  const row = page.getByTestId('talent-Lin Jing');
  await expect(row).toContainText('Account Executive');

  // Cancel and Escape nominate nobody.
  let dialog = await openDialog(page, row.getByTestId('nominate-Lin Jing'));
  await dialog.getByTestId('nominate-justification').fill('Not now');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openDialog(page, row.getByTestId('nominate-Lin Jing'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId('nominate-Lin Jing')).toBeVisible();

  // Under 100% ready, the manager says why.
  dialog = await openDialog(page, row.getByTestId('nominate-Lin Jing'));
  await expect(dialog.getByTestId('readiness-summary')).toContainText('%');
  await dialog.getByTestId('nominate-save').click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog
    .getByTestId('nominate-justification')
    .fill('Coaches the newest hires and ran the AX-500 launch with the product team.');
  await dialog.getByTestId('nominate-save').click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Nominated');
  await signOut(page);

  await signIn(page, 'hr@cadre.test');
  await page.goto('/career/admin');
  const queue = page.getByTestId('promotion-queue');
  dialog = await openDialog(page, queue.getByTestId('review-Lin Jing'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openDialog(page, queue.getByTestId('review-Lin Jing'));
  await dialog.getByTestId('decision-text').fill('Calibrated with the East region.');
  await dialog.getByTestId('decision-save').click();
  await expect(dialog).toBeHidden();
  await expect(queue.getByTestId('promotion-Lin Jing').first()).toContainText(
    'Awaiting the next-level manager',
  );
  await signOut(page);

  await signIn(page, 'director@cadre.test');
  await page.goto('/career/team');
  const awaiting = page.getByTestId('awaiting-me');
  await expect(awaiting).toContainText('Lin Jing');
  dialog = await openDialog(page, awaiting.getByTestId('approve-Lin Jing'));
  await expect(dialog.getByTestId('effective-on')).not.toHaveValue('');
  await dialog.getByTestId('decision-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('awaiting-me')).toHaveCount(0);
  await page.getByTestId('talent-table').getByRole('link', { name: 'Lin Jing' }).click();
  // Effective today: the level changed, and the new level's path is assigned.
  await expect(page.getByTestId('current-level')).toHaveText('Senior Account Executive');
  await expect(page.getByTestId('career-promotions')).toContainText('Effective');
  await page.getByRole('link', { name: 'Their page' }).click();
  await expect(page.getByText('Senior account executive: the first 60 days')).toBeVisible();
  await signOut(page);

  // Finance confirms the plan the promotion proposes, from its date.
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/assignments');
  const proposal = page.getByTestId('proposal-Lin Jing');
  await expect(proposal).toContainText('promoted to Senior Account Executive');
  await proposal.getByTestId('proposal-confirm-Lin Jing').click();
  await expect(
    page.getByText('The plan Lin Jing is paid on from the promotion date is confirmed'),
  ).toBeVisible();
  await expect(page.getByTestId('proposal-Lin Jing')).toHaveCount(0);
  // The plan suggested is the one she holds already: confirmed without splitting her assignment.
  await expect(page.getByTestId('assignments').getByRole('row', { name: /Lin Jing/ })).toHaveCount(1);
});

test('HR places someone not yet on a track; Cancel places nobody', async ({ page }) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/career/admin');
  await page.getByRole('tab', { name: 'Talent by unit' }).click();
  await pick(page, page.getByTestId('unit-choice'), /Key Accounts East/);
  await page.getByTestId('talent-table').getByRole('link', { name: 'Olivia Chen' }).click();
  await expect(page.getByText('Not on a career track yet')).toBeVisible();

  let dialog = await openDialog(page, page.getByTestId('place'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Not on a career track yet')).toBeVisible();

  dialog = await openDialog(page, page.getByTestId('place'));
  await pick(page, dialog.getByTestId('place-level'), /^Account Executive$/);
  await dialog.getByTestId('place-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-level')).toHaveText('Account Executive');
  await expect(page.getByTestId('readiness')).toContainText('ready for Senior Account Executive');
});
