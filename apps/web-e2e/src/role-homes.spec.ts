import { expect, test } from '@playwright/test';
import { pick, signIn, signOut } from './support';

test.describe('each demo role signs in and sees its home', () => {
  test('the admin sees the organisation overview and every admin screen', async ({ page }) => {
    await signIn(page, 'admin@cadre.test');
    await expect(page.getByRole('heading', { name: 'Welcome, Sun Li' })).toBeVisible();
    const overview = page.getByTestId('org-overview');
    await expect(overview.getByText('Active employees')).toBeVisible();
    await expect(overview.getByLabel('Org units: 10')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const item of ['Home', 'People', 'Organisation', 'Users', 'Audit log', 'My profile']) {
      await expect(nav.getByRole('link', { name: item })).toBeVisible();
    }
    await nav.getByRole('link', { name: 'Organisation' }).click();
    await expect(page.getByTestId('org-tree').getByText('Key Accounts East')).toBeVisible();
    await nav.getByRole('link', { name: 'Audit log' }).click();
    // Other journeys add entries; the seed is the one system entry.
    await pick(page, page.getByRole('combobox', { name: 'Record type' }), 'System');
    await expect(page.getByTestId('audit-list').getByText('The demo company was loaded')).toBeVisible();
    // Entries read as sentences, with names: the admin's own sign-in among them.
    await pick(page, page.getByRole('combobox', { name: 'Record type' }), 'All');
    await pick(page, page.getByTestId('audit-action'), 'Sign-ins and sessions');
    await expect(
      page.getByTestId('audit-sentence').filter({ hasText: 'Sun Li signed in' }).first(),
    ).toBeVisible();
  });

  test('HR sees the people directory and can search it', async ({ page }) => {
    await signIn(page, 'hr@cadre.test');
    const directory = page.getByTestId('people-directory');
    await expect(directory.getByRole('heading', { name: 'People directory' })).toBeVisible();
    await directory.getByLabel('Search by name, email or title').fill('Guo Meiling');
    await expect(directory.getByTestId('employee-table').getByRole('row')).toHaveCount(2);
    await expect(directory.getByText('Key Account Manager')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
    ).toHaveCount(0);
  });

  test('the manager sees their team, with the new hire marked', async ({ page }) => {
    await signIn(page, 'manager@cadre.test');
    const team = page.getByTestId('my-team');
    await expect(team.getByRole('heading', { name: 'My team' })).toBeVisible();
    const row = team.getByRole('row', { name: /Huang Jie/ });
    await expect(row.getByText('New')).toBeVisible();
    await expect(team.getByText('Wu Tingting')).toBeVisible();
    // Another team's people are not there.
    await expect(team.getByText('Guo Meiling')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }),
    ).toHaveCount(0);
  });

  test('the rep sees their profile, manager and unit, their learning, mentoring, numbers and pay, and nothing else', async ({
    page,
  }) => {
    await signIn(page, 'rep@cadre.test');
    const card = page.getByTestId('my-profile-card');
    await expect(card.getByText('Account Executive')).toBeVisible();
    await expect(page.getByTestId('my-manager')).toContainText('Liu Yang');
    await expect(card.getByText('Analytics Instruments Team')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveCount(7);
    for (const item of ['Home', 'Learning', 'Mentoring', 'Career', 'Performance', 'Pay', 'My profile'])
      await expect(nav.getByRole('link', { name: item })).toBeVisible();
    // Routes a rep cannot use send them home, the people directory included.
    for (const path of [
      '/admin/users',
      '/people',
      '/organisation',
      '/performance/team',
      '/performance/imports',
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/$/);
      await expect(card).toBeVisible();
    }
    await signOut(page);
  });

  test('on a phone the menu opens when asked, takes the keyboard, and closes on Escape or a choice', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'rep@cadre.test');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(page.getByTestId('my-profile-card')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Learning' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(nav.getByRole('link')).toHaveCount(7);
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Learning' })).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await nav.getByRole('link', { name: 'Learning' }).click();
    await expect(page).toHaveURL(/\/learning$/);
    await expect(nav.getByRole('link', { name: 'Learning' })).toBeHidden();
  });

  test('a first visit to the sign-in page asks the server nothing it must refuse', async ({ page }) => {
    const refused: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) refused.push(`${res.status()} ${res.url()}`);
    });
    await page.goto('/login');
    await expect(page.getByTestId('login-submit')).toHaveText(/\S/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    expect(refused).toEqual([]);
  });

  test('a wrong password shows a message that says what happened', async ({ page }) => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill('rep@cadre.test');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toHaveText('The email or password is not right.');
    // The message follows a language switch, and goes once the form no longer applies.
    await page.getByTestId('login-chinese').click();
    await expect(page.getByTestId('login-error')).toHaveText('邮箱或密码不正确。');
    await page.getByTestId('login-password').fill('');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toHaveCount(0);
  });

  test('someone signed in who opens the sign-in page lands on their home page', async ({ page }) => {
    await signIn(page, 'rep@cadre.test');
    for (const path of ['/login', '/login/']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { name: 'Welcome, Huang Jie' })).toBeVisible();
    }
  });
});
