import { expect, test } from '@playwright/test';
import { openDialog, signIn, signOut } from './support';

test('an admin creates a user with the keyboard-friendly dialog, and the new user signs in', async ({
  page,
}) => {
  const email = `new.rep.${Date.now()}@cadre.test`;
  await signIn(page, 'admin@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  const dialog = await openDialog(page, page.getByTestId('add-user'));
  // Saving empty shows what is missing, and creates nothing.
  await dialog.getByTestId('user-save').click();
  await expect(dialog.getByText('Required').first()).toBeVisible();

  await dialog.getByTestId('user-email').fill(email);
  await dialog.getByTestId('user-name').fill('Chen Xiaoming');
  await dialog.getByTestId('user-password').fill('short');
  await dialog.getByTestId('user-save').click();
  await expect(dialog.getByText('At least 10 characters').last()).toBeVisible();
  await dialog.getByTestId('user-password').fill('welcome-to-cadre');
  await dialog.getByTestId('user-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Chen Xiaoming can now sign in')).toBeVisible();

  await page.getByTestId('users-search').fill('Chen Xiaoming');
  await expect(page.getByTestId('users-table').getByText(email)).toBeVisible();

  await signOut(page);
  await signIn(page, email, 'welcome-to-cadre');
  await expect(page.getByRole('heading', { name: 'Welcome, Chen Xiaoming' })).toBeVisible();
  await expect(page.getByText('Your account is not linked to an employee record')).toBeVisible();
  await signOut(page);

  // Deactivating ends their sessions at once, so it is asked first; Cancel and Escape keep the account.
  await signIn(page, 'admin@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await page.getByTestId('users-search').fill('Chen Xiaoming');
  const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
  // The search settles first (the table re-renders once it has), then the menu opens on the row.
  const onlyTheirRow = () => expect(page.getByTestId('users-table').getByRole('row')).toHaveCount(2);
  const deactivate = async () => {
    await onlyTheirRow();
    await row.getByRole('button', { name: 'Actions for Chen Xiaoming' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
    await expect(page.getByRole('dialog')).toContainText('Deactivate Chen Xiaoming?');
  };
  await deactivate();
  await page.getByTestId('confirm-cancel').click();
  await deactivate();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.reload();
  await page.getByTestId('users-search').fill('Chen Xiaoming');
  await expect(row).toContainText('Active');
  await deactivate();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByText('Chen Xiaoming deactivated; their sessions have ended')).toBeVisible();
  await expect(row).toContainText('Deactivated');
});
