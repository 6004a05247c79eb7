import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'cadre-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  // Rendered text means the first change detection has run (see openDialog).
  await expect(page.getByTestId('login-submit')).toHaveText(/\S/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Opens a dialog and waits for its first render. The inputs exist a moment before Angular
 * binds them; typing into them then is lost when the form writes its initial values.
 */
export async function openDialog(page: Page, trigger: Locator): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[mat-dialog-title]')).toHaveText(/\S/);
  return dialog;
}

/**
 * Picks an option of a select and waits for its panel to close: a click on the select
 * while the panel is still closing does not open it again.
 */
export async function pick(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}
