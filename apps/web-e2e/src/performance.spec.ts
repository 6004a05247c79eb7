import { expect, test } from '@playwright/test';
import { openDialog, pick, signIn, signOut } from './support';

/**
 * Performance as its users meet it: HR imports a file with a bad row (nothing lands),
 * downloads the problem report, fixes the row and imports again, watching the progress;
 * a manager cascades the team's target (Escape first: nothing changes); a rep reads their
 * attainment and the sales behind it.
 */
test('HR imports a file, reads the problem report, fixes the row and imports it again', async ({ page }) => {
  const source = `e2e-${Date.now().toString(36)}`;
  const header = 'external_id,date,employee,share,customer,revenue,units';
  const today = new Date().toISOString().slice(0, 10);
  const good = `${source}-1,${today},huang.jie@northwind.example,1,Acme,1200.00,2`;
  await signIn(page, 'hr@cadre.test');
  await page.goto('/performance/imports');
  await page.getByTestId('import-source').fill(source);

  const bad = [header, good, `${source}-2,${today},nobody@cadre.test,1,Beta,99.00,1`].join('\n');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-start').click();
  const job = page.getByTestId('import-job');
  await expect(job).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('import-problems')).toContainText(
    '1 problems in 2 rows: nothing was imported',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-report').click(),
  ]);
  const report = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(report).toString('utf8');
  expect(text).toContain('3,employee,nobody@cadre.test,No employee has this email');

  const fixed = [header, good, `${source}-2,${today},liu.yang@northwind.example,1,Beta,99.00,1`].join('\n');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'sales-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await page.getByTestId('import-start').click();
  await expect(job).toHaveAttribute('data-status', 'succeeded');
  await expect(page.getByTestId('import-summary')).toContainText('2 rows imported: 2 new transactions');
  await expect(page.getByTestId('import-history')).toContainText('sales-fixed.csv');
});

test('HR maps the columns of a file whose headers differ', async ({ page }) => {
  const source = `erp-${Date.now().toString(36)}`;
  const today = new Date().toISOString().slice(0, 10);
  await signIn(page, 'hr@cadre.test');
  await page.goto('/performance/imports');
  await page.getByTestId('import-source').fill(source);
  const file = [
    'Deal,Closed,Owner,Split,Revenue',
    `${source}-1,${today},huang.jie@northwind.example,1,300.00`,
  ].join('\n');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'erp.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  // Without the mapping, the import is refused before it starts, naming what is missing.
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-error')).toContainText('Say which column holds');
  for (const [field, header] of [
    ['external_id', 'Deal'],
    ['date', 'Closed'],
    ['employee', 'Owner'],
    ['share', 'Split'],
  ]) {
    await page.getByTestId(`map-${field}`).click();
    await page.getByRole('option', { name: header, exact: true }).click();
  }
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-job')).toHaveAttribute('data-status', 'succeeded');
});

test('HR reads a team by choosing its unit, and the periods are grouped by kind', async ({ page }) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/performance/team');
  await expect(page.getByTestId('choose-unit')).toBeVisible();
  const period = page.getByTestId('period');
  await period.click();
  await expect(page.getByRole('group', { name: 'Quarters' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Months' })).toBeVisible();
  await page.keyboard.press('Escape');
  await pick(page, page.getByTestId('team-unit'), 'Analytics Instruments Team');
  await expect(page.getByTestId('team-heatmap')).toContainText('Huang Jie');
  await expect(page.getByTestId('choose-unit')).toBeHidden();
});

test('a manager cascades the team target; Escape changes nothing', async ({ page }) => {
  await signIn(page, 'manager@cadre.test');
  await page.getByRole('link', { name: 'Performance' }).first().click();
  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.getByTestId('team-heatmap')).toContainText('Huang Jie');
  const targets = page.getByTestId('unit-targets');
  const row = targets.locator('tr', { hasText: 'Analytics Instruments Team' });
  await expect(row).toContainText('Adds up');

  let dialog = await openDialog(page, row.getByRole('button', { name: 'Cascade' }));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Adds up');

  dialog = await openDialog(page, row.getByRole('button', { name: 'Cascade' }));
  await dialog.getByTestId('mode-values').click();
  const inputs = dialog.locator('input[data-testid^="part-"]');
  await expect(inputs.first()).toBeVisible();
  await inputs.first().fill('1000');
  await expect(dialog.getByTestId('cascade-sum')).toContainText('Under');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Adds up');

  // A new unit target for units sold, split by weights between the first two people.
  dialog = await openDialog(page, page.getByTestId('set-target'));
  await dialog.getByTestId('target-holder').click();
  await page.getByRole('option', { name: 'Analytics Instruments Team' }).click();
  await dialog.getByTestId('target-metric').click();
  await page.getByRole('option', { name: 'Units', exact: true }).click();
  await dialog.getByTestId('target-value').fill('900');
  await dialog.getByTestId('target-save').click();
  await expect(dialog).toBeHidden();
  const unitsRow = targets.locator('tr', { hasText: 'Units' });
  await expect(unitsRow).toContainText('Not cascaded yet');
  dialog = await openDialog(page, unitsRow.getByRole('button', { name: 'Cascade' }));
  const parts = dialog.locator('input[data-testid^="part-"]');
  await parts.nth(0).fill('2');
  await parts.nth(1).fill('1');
  await dialog.getByTestId('cascade-save').click();
  await expect(dialog).toBeHidden();
  await expect(unitsRow).toContainText('Adds up');
  await expect(unitsRow).toContainText('2 parts');
});

test('a rep reads their attainment and the sales behind it, and acknowledges their target', async ({
  page,
}) => {
  await signIn(page, 'rep@cadre.test');
  await page.getByRole('link', { name: 'Performance' }).first().click();
  const quarter = page.getByTestId('figure-quarter-revenue');
  await expect(quarter).toContainText('85%');
  await quarter.click();
  const behind = page.getByTestId('behind-figure').locator('tbody tr');
  await expect(behind.first()).toBeVisible();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-behind').click(),
  ]);
  const csv = Buffer.concat(await (await exported.createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('\ufeffDate,Transaction,Customer,Share,Credited');
  expect(csv.trim().split('\r\n')).toHaveLength((await behind.count()) + 1);
  const targets = page.getByTestId('my-targets');
  await expect(targets).toContainText('2026-Q');
  const acknowledge = targets.getByRole('button', { name: 'Acknowledge' });
  if (await acknowledge.count()) {
    await acknowledge.first().click();
    await expect(targets).toContainText('Acknowledged');
  }
});

test('a manager holds the review of last month and the person acknowledges it', async ({ page }) => {
  const now = new Date();
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  await signIn(page, 'manager@cadre.test');
  await page.goto('/performance/team');
  await pick(page, page.getByTestId('period'), new RegExp(`^${last}`));
  const row = page.getByTestId('team-reviews').locator('tr', { hasText: 'Wu Tingting' });
  await expect(row).toContainText('Not started');
  await row.getByRole('button', { name: 'Hold the review' }).click();
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('review-figures')).toContainText('Revenue');

  // Sharing needs both halves of the conversation.
  await page.getByTestId('share-review').click();
  await expect(page.getByTestId('review-error')).toContainText('Write what worked and what did not');
  await page.getByTestId('what-worked').fill('Two new lab accounts from the autumn demos');
  await page.getByTestId('what-did-not').fill('Proposals went out late');
  await page.getByTestId('action-text').fill('Send every proposal within two days');
  await page.getByTestId('add-action').click();
  await expect(page.getByTestId('review-actions')).toContainText('Send every proposal within two days');
  await page.getByTestId('share-review').click();
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'shared');
  await signOut(page);

  await signIn(page, 'mentor@cadre.test');
  await page.goto('/performance');
  await page
    .getByTestId('my-reviews')
    .getByRole('link', { name: new RegExp(last) })
    .click();
  await expect(page.getByTestId('what-worked-text')).toContainText('Two new lab accounts');
  await page.getByTestId('acknowledge-review').click();
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'acknowledged');
});
