import { expect, test } from '@playwright/test';
import { signIn } from './support';

test('the language switch shows Chinese, and the choice survives a reload', async ({ page }) => {
  await signIn(page, 'manager@cadre.test');
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '欢迎，Liu Yang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '我的团队' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('heading', { name: '我的团队' })).toBeVisible();

  // The paginator's labels come from a provider of each table's own, not the shell's.
  await page.goto('/people');
  await expect(page.getByText('每页')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\s*第 1–\d+ 条，共 \d+ 条\s*$/ })).toBeVisible();
  await page.goto('/');

  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'My team' })).toBeVisible();
});

test('the sign-in page can switch to Chinese before signing in', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-chinese').click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(page.getByLabel('邮箱')).toBeVisible();
});
