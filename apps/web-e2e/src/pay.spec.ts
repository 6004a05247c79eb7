import { expect, test, type Page } from '@playwright/test';
import { openDialog, pick, signIn, signOut } from './support';

/**
 * Commission pay as its users meet it: finance calculates last month again and watches the
 * run; the manager approves the team's statements (Cancel and Escape first: nothing
 * changes); finance gives the second approval, which locks; Wu Tingting reads her statement
 * with every number explained; the new rep acknowledges the plan by typing their name.
 */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 7);
}
const lastMonth = monthsAgo(1);

async function waitingRows(page: Page) {
  return page
    .getByTestId('statement-queue')
    .locator('tbody tr')
    .filter({ has: page.locator('input:not([disabled])') });
}

test('a month is calculated, approved by the manager and by finance, and read by the person paid', async ({
  page,
}) => {
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/runs');
  await page.getByTestId('run-period').fill(lastMonth);
  await page.getByTestId('run-start').click();
  const run = page.getByTestId(`run-${lastMonth}`).first();
  await expect(run).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await expect(run.getByTestId('run-result')).toContainText('statements written');
  await signOut(page);

  await signIn(page, 'manager@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay' }).click();
  await page
    .getByRole('tab', { name: 'Team statements' })
    .or(page.getByRole('link', { name: 'Team statements' }))
    .first()
    .click();
  await expect(page.getByTestId('queue-period')).toContainText(lastMonth);
  const waiting = await waitingRows(page);
  const count = await waiting.count();
  expect(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Select all waiting' }).click();
  // Cancel, then Escape: neither approves anything.
  let dialog = await openDialog(page, page.getByTestId('queue-approve'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openDialog(page, page.getByTestId('queue-approve'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('queue-summary')).toContainText(`${count} waiting for you`);
  dialog = await openDialog(page, page.getByTestId('queue-approve'));
  await dialog.getByTestId('approve-dialog-text').fill('Checked against the CRM');
  await dialog.getByTestId('approve-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('queue-summary')).toContainText('0 waiting for you');
  await expect(
    page.getByTestId('queue-row-' + (await wuTingting(page))).getByText('Awaiting finance'),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/approvals');
  await expect(page.getByTestId('queue-period')).toContainText(lastMonth);
  await page.getByRole('button', { name: 'Select all waiting' }).click();
  dialog = await openDialog(page, page.getByTestId('queue-approve'));
  await dialog.getByTestId('approve-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('queue-summary')).toContainText('0 waiting for you');
  // Other teams still wait for their managers, so last month is not for payroll yet; the
  // month before is locked throughout and payroll takes it as CSV.
  await expect(page.getByTestId('payroll-csv')).toHaveCount(0);
  await pick(page, page.getByTestId('queue-period'), monthsAgo(2));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('payroll-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`payroll-${monthsAgo(2)}.csv`);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('employee_id,name,email,currency,payout,recovered_draw,balance');
  expect(lines.some((l) => l.includes(',Wu Tingting,wu.tingting@northwind.example,CNY,'))).toBe(true);
  await signOut(page);

  await signIn(page, 'mentor@cadre.test');
  await page.goto('/pay');
  const mine = page.getByTestId('my-statements');
  await mine.getByRole('link', { name: lastMonth }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Approved and locked');
  await expect(page.getByTestId('statement')).toContainText('Revenue with accelerators');
  await expect(page.getByTestId('statement')).toContainText('against quota');
  await expect(page.getByTestId('statement-history')).toContainText('Approved by the manager, Liu Yang');
  await expect(page.getByTestId('statement-history')).toContainText('Checked against the CRM');
  // Metrics are named as people know them, not by their codes.
  await expect(page.getByTestId('statement')).toContainText('Revenue total');
  // The deals behind the revenue line, opened on demand.
  await page.getByTestId('line-credits').locator('summary').click();
  await expect(page.getByTestId('line-credits-table').locator('tbody tr').first()).toContainText('CRM-');
  await expect(page.getByTestId('line-credits')).toContainText(/credited sales, as credited now/);
});

/** Wu Tingting's employee id, read from her row's link. */
async function wuTingting(page: Page): Promise<string> {
  const row = page.getByTestId('statement-queue').locator('tr', { hasText: 'Wu Tingting' });
  const testId = await row.getAttribute('data-testid');
  return testId?.replace('queue-row-', '') ?? '';
}

test('the new rep acknowledges the plan by typing their name', async ({ page }) => {
  await signIn(page, 'rep@cadre.test');
  await page.goto('/pay');
  await expect(page.getByTestId('my-statements')).toHaveCount(0);
  // The plan is there to read before it is acknowledged.
  await expect(page.getByTestId('plan-terms')).toContainText('Revenue with accelerators');
  // Metrics by their names, not their codes.
  await expect(page.getByTestId('plan-terms')).toContainText('500 for each unit of New customers');
  await expect(page.getByTestId('plan-terms')).toContainText(
    'only when Gross margin reaches 60% of its quota',
  );
  const dialog = await openDialog(page, page.getByTestId('acknowledge'));
  await dialog.getByTestId('acknowledge-dialog-text').fill('Somebody Else');
  await dialog.getByTestId('acknowledge-dialog-submit').click();
  await expect(dialog.getByTestId('acknowledge-dialog-error')).toContainText('full name');
  await dialog.getByTestId('acknowledge-dialog-text').fill('Huang Jie');
  await dialog.getByTestId('acknowledge-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Acknowledged on/)).toBeVisible();
  await expect(page.getByTestId('acknowledge')).toHaveCount(0);
});

test('someone no plan pays is told so by the estimator, without a refused request', async ({ page }) => {
  const refused: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400) refused.push(`${res.status()} ${res.url()}`);
  });
  await signIn(page, 'hr@cadre.test');
  await page.goto('/pay/estimate');
  await expect(page.getByTestId('estimate-unavailable')).toContainText('No plan pays you this period');
  expect(refused).toEqual([]);
});

test('a rep estimates what a deal would earn them this month, on their own plan', async ({ page }) => {
  await signIn(page, 'rep@cadre.test');
  await page.goto('/pay');
  await page.getByRole('tab', { name: 'Estimator' }).click();
  await expect(page).toHaveURL(/\/pay\/estimate$/);
  await expect(page.getByTestId('estimate-plan')).toContainText('Account Executive');
  const sofar = await page.getByTestId('estimate-now').textContent();
  await expect(page.getByTestId('estimate-result')).toContainText('Enter a deal');
  // Not an amount: said beside the field, and the estimate stays as it was.
  await page.getByTestId('deal-revenue').fill('lots');
  await page.getByTestId('deal-revenue').blur();
  await expect(page.getByText('A positive amount, at most two decimals')).toBeVisible();
  await expect(page.getByTestId('estimate-with')).toHaveText(sofar ?? '');
  await page.getByTestId('deal-revenue').fill('200000');
  await expect(page.getByTestId('estimate-difference')).toContainText(/You would earn CN¥[\d,]+\.\d\d more/);
  await expect(page.getByTestId('estimate-with')).not.toHaveText(sofar ?? '');
  // A share of 0% is no share.
  await page.getByTestId('deal-share').fill('0');
  await page.getByTestId('deal-share').blur();
  await expect(page.getByText('A percentage above 0 and at most 100')).toBeVisible();
  await expect(page.getByTestId('estimate-with')).toHaveText(sofar ?? '');
});

test('a disputed line is settled by the manager and paid on the next statement', async ({ page }) => {
  const twoMonthsAgo = monthsAgo(2);
  const thisMonth = new Date().toISOString().slice(0, 7);
  // Wu Tingting disputes a line of a locked statement (Escape first: nothing is sent).
  await signIn(page, 'mentor@cadre.test');
  await page.goto('/pay');
  await page.getByTestId('my-statements').getByRole('link', { name: twoMonthsAgo }).click();
  let dialog = await openDialog(page, page.getByTestId('dispute-open'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dispute-rev')).toHaveCount(0);
  dialog = await openDialog(page, page.getByTestId('dispute-open'));
  await pick(page, dialog.getByTestId('dispute-line'), /Revenue with accelerators/);
  await dialog.getByTestId('dispute-reason').fill('The Northgate order closed on the last day of the month.');
  await dialog.getByTestId('dispute-send').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dispute-rev')).toHaveAttribute('data-status', 'open');
  await signOut(page);

  // The manager accepts it with an adjustment; finance calculates this month, which pays it.
  await signIn(page, 'manager@cadre.test');
  await page.goto('/pay/disputes');
  const open = page.getByTestId('dispute-rev').filter({ hasText: 'Northgate' });
  dialog = await openDialog(page, open.getByTestId('dispute-settle'));
  await dialog.getByTestId('resolve-resolution').fill('Confirmed in the CRM');
  await dialog.getByTestId('resolve-send').click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog.getByTestId('resolve-amount').fill('1200.00');
  await dialog.getByTestId('resolve-send').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dispute-rev').filter({ hasText: 'Northgate' })).toHaveAttribute(
    'data-status',
    'accepted',
  );
  await signOut(page);

  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/runs');
  await page.getByTestId('run-period').fill(thisMonth);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId(`run-${thisMonth}`).first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 30_000,
  });
  await page.goto('/pay/approvals');
  await pick(page, page.getByTestId('queue-period'), thisMonth);
  await page.getByTestId('statement-queue').getByRole('link', { name: 'Wu Tingting' }).click();
  await expect(page.getByTestId('statement-adjustments')).toContainText(twoMonthsAgo);
  await expect(page.getByTestId('statement-adjustments')).toContainText('Confirmed in the CRM');
});

test('finance recalculates a locked month and cannot recalculate one that is not locked', async ({
  page,
}) => {
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/runs');
  await page.getByTestId('run-period').fill(monthsAgo(3));
  await page.getByTestId('run-recalculate').click();
  const run = page.getByTestId(`run-${monthsAgo(3)}`).first();
  await expect(run).toContainText('recalculation');
  await expect(run).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await page.getByTestId('run-period').fill(new Date().toISOString().slice(0, 7));
  await page.getByTestId('run-recalculate').click();
  await expect(page.getByTestId('run-error')).toContainText('calculate it instead');
});

test('finance sees what last month would have paid under a draft before publishing it', async ({ page }) => {
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/plans');
  await page.getByTestId('plan-edit-ae-standard').click();
  // The quota club bonus grows from 5,000 to 6,000 in the draft, in the form.
  await expect(page.getByTestId('builder-bonus-1')).toHaveValue('5000');
  await page.getByTestId('builder-bonus-1').fill('6000');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-editor')).toBeHidden();
  await page.getByTestId('plan-what-if-ae-standard').click();
  const whatIf = page.getByTestId('plan-what-if');
  await expect(whatIf.getByTestId('what-if-summary')).toContainText(
    `In ${lastMonth}, draft v2 would have paid`,
  );
  await expect(whatIf.getByTestId('what-if-people').locator('tbody tr').first()).toBeVisible();
  // Whoever reached their quota gets 1,000 more; nobody gets less.
  await expect(whatIf.locator('tr.changed').first()).toContainText('+CN¥1,000.00');
  await expect(whatIf.getByText(/-CN¥/)).toHaveCount(0);
  await whatIf.getByTestId('what-if-period').fill('soon');
  await whatIf.getByTestId('what-if-ask').click();
  await expect(whatIf.getByTestId('what-if-bad-period')).toContainText('A month such as');
  // Nothing changed: the published version still pays.
  await expect(page.getByTestId('plan-ae-standard')).toContainText('Draft');
});

test('finance assigns a plan with a quota; Cancel and Escape assign nothing; a clash is named', async ({
  page,
}) => {
  // A year of its own, so that a retry of this test meets no assignment of its first try.
  const year = 2040 + Math.floor(Math.random() * 60);
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/assignments');
  const summary = await page.getByTestId('assignments-summary').textContent();
  let dialog = await openDialog(page, page.getByTestId('assign-open'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openDialog(page, page.getByTestId('assign-open'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('assignments-summary')).toHaveText(summary ?? '');

  const assign = async () => {
    const d = await openDialog(page, page.getByTestId('assign-open'));
    await pick(page, d.getByTestId('assign-plan'), /ae-standard/);
    await d.getByTestId('assign-search').fill('Qian Yu');
    await d.getByRole('checkbox', { name: /Qian Yu/ }).check();
    await expect(d.getByTestId('assign-chosen')).toContainText('Qian Yu');
    await d.getByTestId('assign-starts').fill(`${year}-01-01`);
    await d.getByTestId('assign-ends').fill(`${year}-01-31`);
    await d.getByTestId('assign-quota-period-0').fill(`${year}-01`);
    await pick(page, d.getByTestId('assign-quota-metric-0'), 'revenue');
    await d.getByTestId('assign-quota-value-0').fill('abc');
    await d.getByTestId('assign-submit').click();
    // Not a number: said at the field, nothing sent.
    await expect(d.getByText(/number|format|valid/i).first()).toBeVisible();
    await d.getByTestId('assign-quota-value-0').fill('30000');
    await d.getByTestId('assign-submit').click();
    return d;
  };
  dialog = await assign();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Assignments made: 1')).toBeVisible();
  await expect(page.getByTestId('assignments')).toContainText('Qian Yu');
  // The same dates again: refused, with the person's name; the dialog stays open.
  dialog = await assign();
  await expect(dialog.getByTestId('assign-error')).toContainText(
    'Qian Yu already has a plan on some of these dates',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('finance builds a plan in the form, with live problems in their language, and the JSON agrees', async ({
  page,
}) => {
  const code = `spif-${Date.now().toString(36)}`;
  await signIn(page, 'finance@cadre.test');
  await page.goto('/pay/plans');
  await page.getByTestId('plan-new').click();
  await page.getByTestId('plan-code').fill(code);
  await page.getByTestId('builder-name').fill('Product X SPIF');
  // A rate that is not a number is said at its field at once.
  await page.getByTestId('builder-rate-0').fill('five percent');
  const component = page.getByTestId('builder-component-0');
  await expect(component.getByRole('alert')).toBeVisible();
  await page.getByTestId('builder-rate-0').fill('0.05');
  await expect(component.getByRole('alert')).toHaveCount(0);
  // A second component: tiers with an accelerator.
  await page.getByTestId('builder-add-component').click();
  await pick(page, page.getByTestId('builder-type-1'), 'tiers');
  await page.getByTestId('builder-tier-rate-1-0').fill('0.02');
  await page.getByTestId('builder-tier-rate-1-1').fill('0.04');
  await page.getByTestId('builder-cap').fill('20000');
  // The JSON view shows exactly what the form made, and back again.
  await page.getByTestId('plan-view-json').click();
  const doc = JSON.parse(await page.getByTestId('plan-json').inputValue()) as Record<string, unknown>;
  expect(doc).toMatchObject({
    name: 'Product X SPIF',
    cap: '20000',
    components: [
      { id: 'c1', type: 'rate', metric: 'revenue', rate: '0.05' },
      {
        id: 'c2',
        type: 'tiered',
        tiers: [
          { upTo: '1.0', rate: '0.02' },
          { upTo: null, rate: '0.04' },
        ],
      },
    ],
  });
  await page.getByTestId('plan-view-form').click();
  await expect(page.getByTestId('builder-tier-rate-1-1')).toHaveValue('0.04');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-editor')).toBeHidden();
  await expect(page.getByTestId(`plan-${code}`)).toContainText('Product X SPIF');
});
