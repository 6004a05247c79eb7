import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './support';

const stepTitles = (page: Page) =>
  page
    .getByTestId('path-steps')
    .locator('li.step')
    .evaluateAll((steps) =>
      steps.map((s) => {
        const select = s.querySelector(
          'mat-select[data-testid^="step-course"], mat-select[data-testid^="step-resource"]',
        );
        const task = s.querySelector<HTMLInputElement>('input[data-testid^="step-task-en"]');
        return (select?.textContent ?? task?.value ?? '').trim();
      }),
    );

/**
 * HR edits the account executive's learning path: moves a step with the keyboard, adds a
 * task, is told beside the field what the server refuses, saves, and finds the new order
 * after a reload; Cancel leaves everything as it was. A rep cannot open the editor.
 */
test('HR reorders, extends and saves a learning path, by keyboard', async ({ page }) => {
  await signIn(page, 'hr@cadre.test');
  await page.goto('/learning/courses');
  await page.getByTestId('open-paths').click();
  await expect(page.getByTestId('learning-paths')).toContainText(
    'Account executive onboarding: the first 90 days',
  );
  await page.getByTestId('edit-path-account-executive').click();
  await expect(page.getByTestId('path-title-en')).toHaveValue(
    'Account executive onboarding: the first 90 days',
  );
  const before = await stepTitles(page);
  expect(before).toHaveLength(6);

  // Alt+Down on the first step's handle moves it to second place; focus follows it.
  await page.getByTestId('handle-0').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('handle-1')).toBeFocused();
  expect(await stepTitles(page)).toEqual([before[1], before[0], ...before.slice(2)]);

  // A new task with only its English title: the Chinese one is required.
  await page.getByTestId('add-step').click();
  await page.getByTestId('step-kind-6').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Task the manager signs off' }).click();
  await page.getByTestId('step-task-en-6').fill('First pipeline review with your manager');
  await page.getByTestId('step-due-6').fill('45');
  await page.getByTestId('path-save').click();
  // The server refuses the empty Chinese title; its reason shows under that field.
  const zhField = page
    .getByTestId('step-6')
    .locator('mat-form-field', { has: page.getByTestId('step-task-zh-6') });
  await expect(zhField.locator('mat-error')).toHaveText(/\S/);
  await expect(page).toHaveURL(/\/learning\/paths\/[0-9a-f-]+$/);
  await page.getByTestId('step-task-zh-6').fill('与经理进行第一次管道复盘');
  await page.getByTestId('path-save').click();
  await expect(page).toHaveURL(/\/learning\/paths$/);
  await expect(page.getByTestId('learning-paths')).toContainText('7 steps');

  await page.getByTestId('edit-path-account-executive').click();
  // The editor shows its steps once the path has loaded.
  await expect(page.getByTestId('path-steps').locator('li.step')).toHaveCount(7);
  const after = await stepTitles(page);
  expect(after).toEqual([
    before[1],
    before[0],
    ...before.slice(2),
    'First pipeline review with your manager',
  ]);

  // Dragging the second step's handle above the first moves it there (not saved: see Cancel below).
  await page.getByTestId('step-0').scrollIntoViewIfNeeded();
  const top = await page.getByTestId('step-0').boundingBox();
  const from = await page.getByTestId('handle-1').boundingBox();
  if (!top || !from) throw new Error('steps are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, top.y + 5, { steps: 20 });
  await page.mouse.up();
  await expect.poll(() => stepTitles(page)).toEqual([after[1], after[0], ...after.slice(2)]);

  // Cancel changes nothing: remove a step, cancel, and it is still there.
  await page.getByTestId('remove-step-6').click();
  await page.getByTestId('path-cancel').click();
  await expect(page.getByTestId('learning-paths')).toContainText('7 steps');

  await signOut(page);
  await signIn(page, 'rep@cadre.test');
  await page.goto('/learning/paths');
  await expect(page).not.toHaveURL(/paths/);
  // The rep's own path shows the new task.
  await page.goto('/learning');
  await expect(page.getByText('First pipeline review with your manager')).toBeVisible();
});

test('a manager puts someone in their team on a learning path from the person page', async ({ page }) => {
  await signIn(page, 'manager@cadre.test');
  await page.goto('/people');
  await page.getByRole('link', { name: 'Marcus Lee' }).first().click();
  const section = page.getByTestId('person-learning');
  await expect(section).toBeVisible();
  await section.getByTestId('assign-path-select').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: /Account executive onboarding: the first 90 days/ }).click();
  await section.getByTestId('assign-path-start').fill('2026-12-01');
  await section.getByTestId('assign-path-submit').click();
  await expect(
    section.getByRole('heading', { name: /Account executive onboarding: the first 90 days/ }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByTestId('person-learning')
      .getByRole('heading', { name: /Account executive onboarding: the first 90 days/ }),
  ).toBeVisible();
});
