import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support';

const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\nstartxref\n9\n%%EOF\n',
  'latin1',
);

/**
 * The sales library as a rep meets it (search in both languages, open a file, a learning
 * path step done by reading) and as HR keeps it (add, a refused file, a new version with
 * the old one kept, opens counted); and HR previews a course as a learner.
 */
test('a rep finds resources in either language, reads one, and the path step it is completes', async ({
  page,
}) => {
  await signIn(page, 'rep@cadre.test');
  await page.goto('/learning');
  await page.getByTestId('open-library').click();
  const results = page.getByTestId('library-results');
  await page.getByTestId('library-search').fill('AX-500');
  await expect(results).toContainText('AX-500 spectrometer: product manual');
  await expect(results).toContainText('AX-500 demo script and deck');
  await expect(results).not.toContainText('Spectra Labs');
  // The rep sees no view counts: those are HR's.
  await expect(page.getByTestId('resource-views')).toHaveCount(0);
  // Filtering by a customer segment leaves what is tagged with it.
  await page.getByTestId('library-search').fill('');
  await page.getByTestId('library-unit').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Key Accounts East' }).click();
  await expect(results).toContainText('Key account pricing and quotation guide');
  await expect(results).not.toContainText('AX-500 demo script and deck');
  await page.getByTestId('library-unit').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Any' }).click();
  await page.getByTestId('library-search').fill('nothing-like-this');
  await expect(page.getByText('Nothing matches')).toBeVisible();

  // The path step "read the product manual" is open until the rep reads it.
  await page.goto('/learning');
  await expect(
    page.locator('li.step-open', { hasText: 'AX-500 spectrometer: product manual' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'AX-500 spectrometer: product manual' }).click();
  await expect(page.getByTestId('resource-versions')).toContainText('Version 1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('open-version-1').click(),
  ]);
  expect(download.suggestedFilename()).toBe('AX-500-product-manual.pdf');
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await page.goto('/learning');
  await expect(
    page.locator('li.step-done', { hasText: 'AX-500 spectrometer: product manual' }),
  ).toBeVisible();

  // In Chinese, Chinese words find the case study.
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await page.goto('/learning/library');
  await page.getByTestId('library-search').fill('案例');
  await expect(page.getByTestId('library-results')).toContainText('客户案例：华东制药');
});

test('HR adds a resource, is refused a fake file, publishes a new version and keeps the old', async ({
  page,
}) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/learning/library');
  await expect(page.getByTestId('library-results')).toContainText('Opens: ');
  await page.getByTestId('add-resource').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('resource-title-en')).toBeVisible();
  // Escape closes it and adds nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByTestId('add-resource').click();
  await dialog.getByTestId('resource-kind').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Competitor analysis' }).click();
  await dialog.getByTestId('resource-title-en').fill('Competitor brief: Lumen L2');
  await dialog.getByTestId('resource-title-zh').fill('竞品简报：Lumen L2');
  await dialog.getByTestId('resource-summary-en').fill('Where the L2 is cheaper, and why service wins.');
  await dialog.getByTestId('resource-summary-zh').fill('L2 的价格优势，以及服务为何胜出。');
  await dialog.getByTestId('resource-url').fill('https://intranet.example/competitors/lumen-l2');
  await dialog.getByTestId('resource-units').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: /Analytics Instruments Team/ }).click();
  // Escape closes the (multiple) select's panel, not the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('resource-units')).toContainText('Analytics Instruments Team');
  await dialog.getByTestId('resource-save').click();
  await expect(page).toHaveURL(/\/learning\/library\/[0-9a-f-]+$/);
  await expect(page.getByTestId('resource-views')).toHaveText('Opens: 0 · people: 0');

  await page.getByTestId('new-version').click();
  await dialog.getByTestId('resource-source-file').locator('input').check();
  await dialog.getByTestId('resource-file-input').setInputFiles({
    name: 'lumen.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><script>x</script></html>'),
  });
  await expect(dialog.getByTestId('resource-file-error')).toContainText(/PDF/);
  await dialog
    .getByTestId('resource-file-input')
    .setInputFiles({ name: 'lumen-l2-brief.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
  await expect(dialog.getByTestId('resource-file')).toContainText('lumen-l2-brief.pdf');
  await dialog.getByTestId('resource-note-en').fill('Now a PDF with the spring prices');
  await dialog.getByTestId('resource-note-zh').fill('改为 PDF，含春季价格');
  await dialog.getByTestId('resource-save').click();
  await expect(dialog).toBeHidden();
  const versions = page.getByTestId('resource-versions');
  await expect(versions).toContainText('Version 2 · current');
  await expect(versions).toContainText('Now a PDF with the spring prices');
  await expect(versions).toContainText('Version 1');
  await expect(page.getByTestId('open-version-1')).toHaveAttribute(
    'href',
    'https://intranet.example/competitors/lumen-l2',
  );

  // Opening the current version counts; HR sees it.
  await Promise.all([page.waitForEvent('download'), page.getByTestId('open-version-2').click()]);
  await page.reload();
  await expect(page.getByTestId('resource-views')).toHaveText('Opens: 1 · people: 1');

  await signOut(page);
  await signIn(page, 'rep@cadre.test');
  await page.goto('/learning/library');
  await page.getByTestId('library-search').fill('Lumen');
  await expect(page.getByTestId('library-results')).toContainText('Competitor brief: Lumen L2');
});

test('HR previews a course as a learner: no answer key, and closing changes nothing', async ({ page }) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/learning/courses');
  await page
    .getByRole('link', { name: /Compliance essentials for sales/ })
    .first()
    .click();
  await expect(page.getByTestId('save-draft')).toBeVisible();
  await page.getByTestId('preview-course').click();
  const preview = page.getByTestId('course-preview');
  await expect(preview).toBeVisible();
  // The last item of the compliance course is its quiz.
  await preview.locator('button.entry').last().click();
  await expect(page.getByTestId('preview-item')).toContainText(/questions are drawn for each attempt/);
  // Questions and their options, as plain text: nothing says which option is right.
  await expect(preview.locator('.questions > li').first()).toBeVisible();
  await expect(preview.locator('.questions li li').nth(1)).toBeVisible();
  await expect(preview.locator('mat-icon', { hasText: /^check/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(page.getByTestId('save-draft')).toBeVisible();
});
