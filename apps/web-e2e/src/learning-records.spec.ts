import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './support';

async function toChinese(page: Page): Promise<void> {
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
}

/**
 * The records a learning programme keeps: a certificate as a PDF, a certification renewed
 * before it lapses, a handout stored with its course, what is new in the library for
 * one's product line, and HR's report by org unit and course as a CSV.
 */
test('a manager renews an expiring certification and downloads a certificate as a PDF', async ({ page }) => {
  await signIn(page, 'manager@cadre.test');
  await page.goto('/learning');
  // The demo certificate from last year expires within 60 days: the daily job enrolled them again.
  const certs = page.getByTestId('learning-certifications');
  await expect(certs).toContainText('COMP-101');
  const renew = certs.getByTestId('renew');
  await expect(renew).toBeVisible();
  await renew.click();
  await expect(page).toHaveURL(/\/learning\/enrolments\//);
  await expect(page.getByTestId('course-item')).toBeVisible();
  // The bell says why.
  await page.getByTestId('notifications').click();
  await expect(page.getByRole('menuitem', { name: /Renew your .* certification/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/learning');
  await certs.getByRole('link').first().click();
  await expect(page.getByTestId('certificate')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('certificate-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^certificate-COMP-101-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('a rep sees what is new for their product line and downloads the handout stored with a course', async ({
  page,
}) => {
  await signIn(page, 'rep@cadre.test');
  await page.goto('/learning');
  const news = page.getByTestId('learning-whats-new');
  await expect(news).toContainText('Case study: Eastern Pharma');
  await expect(news).toContainText('Added the first year’s savings');
  // The pricing guide is for key accounts, not the rep's product line.
  await expect(news).not.toContainText('pricing');

  await page.getByTestId('enrolment-AE-ONB-101').click();
  await page.getByRole('button', { name: /Handout: our product overview/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toBe('northwind-product-overview.pdf');
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');

  await page.goto('/learning');
  await toChinese(page);
  await expect(page.getByTestId('learning-whats-new')).toContainText('客户案例：华东制药');
  await expect(page.getByRole('heading', { name: '你所在产品线的新资料' })).toBeVisible();
});

test('HR reads the learning report by org unit and course, and takes it away as CSV', async ({ page }) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/learning/team');
  await page.getByTestId('to-reports').click();
  const units = page.getByTestId('report-units');
  await expect(units).toContainText('Northwind Instruments');
  await expect(units).toContainText('Analytics Instruments Team');
  await expect(page.getByTestId('report-courses')).toContainText('CRM-201');
  // Each bar says its figures to a screen reader.
  await expect(units.getByRole('img').first()).toHaveAttribute(
    'aria-label',
    /\d+ of \d+ completed, \d+ overdue/,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^learning-report-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Scope,Name,Code,Enrolled,Completed,Overdue,Completion %');
  expect(lines.some((l) => /^Org unit,\s*Analytics Instruments Team,,\d+,\d+,\d+,\d+\.\d$/.test(l))).toBe(
    true,
  );
  expect(lines.some((l) => /^Course,.*,CRM-201,\d+,\d+,[1-9]\d*,/.test(l))).toBe(true);

  await toChinese(page);
  await expect(page.getByRole('heading', { name: '按组织单元' })).toBeVisible();
  const [zh] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
  expect(readFileSync(await zh.path(), 'utf8')).toContain('范围,名称,编号');

  // A rep is not let in.
  await signOut(page);
  await signIn(page, 'rep@cadre.test');
  await page.goto('/learning/reports');
  await expect(page).not.toHaveURL(/reports/);
});
