import { expect, test, type Page } from '@playwright/test';
import { openDialog, signIn } from './support';

/** A requisition of HR's own, so the demo data other journeys read stays as it was. */
async function newPipeline(page: Page, title: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recruitment' }).click();
  const dialog = await openDialog(page, page.getByTestId('add-requisition'));
  await dialog.getByTestId('requisition-title').fill(title);
  await dialog.getByTestId('requisition-profile').click();
  await page.getByRole('option', { name: /^Account Executive/ }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await dialog.getByTestId('requisition-unit').click();
  await page.getByRole('option', { name: 'Analytics Instruments Team' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await dialog.getByTestId('requisition-manager').fill('Liu Yang');
  await page.getByRole('option', { name: /Liu Yang/ }).click();
  await dialog.getByTestId('requisition-save').click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  return page.url();
}

/**
 * What a careful user tries: a refused CV, then a good one, leaves exactly one candidate;
 * Cancel and Escape in the move dialog move nobody, even after a reload.
 */
test('a refused CV leaves nothing behind, and backing out of a move moves nobody', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Tang Mei ${stamp}`;
  await signIn(page, 'hr@cadre.test');
  const pipeline = await newPipeline(page, `Key Account Manager ${stamp}`);

  const add = await openDialog(page, page.getByTestId('add-candidate'));
  await add.getByTestId('candidate-name').fill(name);
  await add.getByTestId('candidate-email').fill(`tang.${stamp}@example.test`);
  await add.getByTestId('candidate-years').fill('7');
  // A "PDF" that is a web page: refused, and nothing is created.
  await add.getByTestId('candidate-cv').setInputFiles({
    name: 'tang-mei.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-<html><script>alert(1)</script></html>'),
  });
  await add.getByTestId('candidate-save').click();
  await expect(add.getByTestId('candidate-error')).toBeVisible();
  await expect(add).toBeVisible();
  // The real CV: the same form saves, with no "already a candidate".
  await add.getByTestId('candidate-cv').setInputFiles({
    name: 'tang-mei.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\nstartxref\n9\n%%EOF\n'),
  });
  await add.getByTestId('candidate-save').click();
  await expect(add).toBeHidden();
  const card = page.getByTestId(`card-${name}`);
  await expect(page.getByTestId('column-applied').getByTestId(`card-${name}`)).toBeVisible();

  // Move to Screening, then Cancel; move to Rejected, then Escape.
  for (const [stage, backOut] of [
    ['Screening', 'cancel'],
    ['Rejected', 'escape'],
  ] as const) {
    await card.getByRole('button', { name: `Move ${name}` }).click();
    const dialog = await openDialog(page, page.getByRole('menuitem', { name: `Move to ${stage}` }));
    if (backOut === 'cancel') await dialog.getByTestId('move-cancel').click();
    else await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await page.goto(pipeline);
  await expect(page.getByTestId('column-applied').getByTestId(`card-${name}`)).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByTestId('history')).not.toContainText('Screening');

  // Cancelling the requisition is final: asked first; Cancel and Escape keep it open.
  await page.goto(pipeline);
  const status = page.getByTestId('requisition-status');
  const askToCancel = async () => {
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('menuitem', { name: 'Cancel the requisition…' }).click();
    await expect(page.getByRole('dialog')).toContainText(
      'A cancelled requisition takes no more applications',
    );
  };
  await askToCancel();
  await page.getByTestId('confirm-cancel').click();
  await askToCancel();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.reload();
  await expect(status).toHaveText('Open');
  await askToCancel();
  await page.getByTestId('confirm-ok').click();
  await expect(status).toHaveText('Cancelled');
});
