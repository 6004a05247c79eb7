import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pick, signIn } from './support';

/**
 * A manager tries a new-hire plan in the simulator: every number of a statement comes with
 * its reason, a mistake in the document is pointed out by its path, and the explanations
 * read in Chinese too. Reps have no simulator.
 */
test('a manager simulates a plan and reads why each number is what it is', async ({ page }) => {
  await signIn(page, 'manager@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan simulator' }).click();
  await expect(page.getByText('No statements yet')).toBeVisible();
  await expect(page.getByTestId('simulate-run')).toBeDisabled();

  await pick(page, page.getByTestId('simulate-example'), 'Account Executive, new hire');
  const editor = page.getByTestId('simulate-document');
  await expect(editor).toHaveValue(/"name": "Account Executive, new hire"/);
  await page.getByTestId('simulate-run').click();

  await expect(page.getByTestId('simulate-total')).toHaveText('15,650.00 CNY');
  const statement = page.getByTestId('statement');
  await expect(statement).toContainText('huang.jie, 2027-02');
  await expect(statement).toContainText('revenue total 12,000 against quota 25,000 (attainment 48%)');
  await expect(statement).toContainText('Band 1 (up to 25,000): 12,000 × 0.05 = 600');
  await expect(statement).toContainText(
    'Draw 3,000.00 (recoverable): earnings are below it, so the draw is paid',
  );
  await expect(page.getByTestId('statement-payout')).toHaveText('3,000.00');

  // The last month recovers the rest of what the draws advanced.
  await page
    .getByTestId('simulate-statements')
    .getByRole('row', { name: /2027-05/ })
    .getByRole('button')
    .click();
  await expect(statement).toContainText('huang.jie, 2027-05');
  await expect(statement).toContainText('recovered 750.00');
  await expect(page.getByTestId('statement-payout')).toHaveText('6,650.00');

  // The statements go to payroll as CSV, amounts exactly as calculated.
  const download = page.waitForEvent('download');
  await page.getByTestId('simulate-csv').click();
  const csv = await readFile((await (await download).path()) as string, 'utf8');
  expect(csv.split('\r\n')).toEqual([
    '\ufeffpayee,period,currency,earnings,payout,recovered,balance',
    'huang.jie,2027-02,CNY,600.00,3000.00,0.00,2400.00',
    'huang.jie,2027-03,CNY,2300.00,3000.00,0.00,3100.00',
    'huang.jie,2027-04,CNY,5350.00,3000.00,2350.00,750.00',
    'huang.jie,2027-05,CNY,7400.00,6650.00,750.00,0.00',
    '',
  ]);

  // A mistake is reported where it is, and nothing is calculated; Ctrl+Enter runs.
  const text = await editor.inputValue();
  await editor.fill(text.replace('"rate": "0.05"', '"rate": "five percent"'));
  await editor.press('Control+Enter');
  const problems = page.getByTestId('simulate-problems');
  await expect(problems).toContainText('The document has 1 problem(s)');
  await expect(problems).toContainText(
    'plan.components[0].tiers[0].rate "five percent" is not a decimal number',
  );
  await expect(page.getByTestId('simulate-statements')).toBeHidden();

  // In Chinese: the problem's reason is translated at once, its path stays as written.
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(problems).toContainText('文档有 1 个问题');
  await expect(problems).toContainText('plan.components[0].tiers[0].rate "five percent" 不是十进制数字');
  await editor.fill(text);
  await page.getByTestId('simulate-run').click();
  await expect(statement).toContainText('预支提成 3,000.00（可追回）：应得低于预支，按预支发放');
  await expect(statement).toContainText('第 1 档（至 25,000）：12,000 × 0.05 = 600');
});

test('a rep has no plan simulator', async ({ page }) => {
  await signIn(page, 'rep@cadre.test');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan simulator' }),
  ).toHaveCount(0);
  await page.goto('/compensation/simulator');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
});
