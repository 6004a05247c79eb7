import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support';

/** A session for the API calls that set the scene (what HR would have done on screen before). */
async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * HR scores a candidate first; the hiring manager, who owes a scorecard, cannot read it
 * until theirs is in. Changing their scorecard afterwards marks it, for everyone, as
 * amended after reading the others, in English and in Chinese.
 */
test('a scorecard changed after reading the others says so', async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const hr = { Authorization: `Bearer ${await tokenOf(request, 'hr@cadre.test')}` };
  const get = async <T>(url: string) => (await (await request.get(url, { headers: hr })).json()) as T;
  const post = async <T>(url: string, data: object) => {
    const res = await request.post(url, { headers: hr, data });
    expect(res.ok(), `${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  };

  const profile = (
    await get<{ id: string; current: { competencies: { competencyId: string }[] } }[]>('/api/role-profiles')
  )[0];
  const manager = (
    await get<{ items: { id: string; userId: string; orgUnitId: string }[] }>(
      '/api/employees?search=Liu%20Yang',
    )
  ).items[0];
  const hrUser = (await get<{ items: { id: string }[] }>('/api/users?search=hr%40cadre.test')).items[0];
  const requisition = await post<{ id: string }>('/api/requisitions', {
    title: `Amendment check ${stamp}`,
    roleProfileId: profile.id,
    orgUnitId: manager.orgUnitId,
    hiringManagerId: manager.id,
    headcount: 1,
    status: 'open',
  });
  const name = `Gao Fei ${stamp}`;
  const candidate = await post<{ id: string }>('/api/candidates', {
    fullName: name,
    email: `gao.${stamp}@example.test`,
    source: 'referral',
    yearsExperience: '6',
  });
  const application = await post<{ id: string }>('/api/applications', {
    requisitionId: requisition.id,
    candidateId: candidate.id,
  });
  for (const userId of [hrUser.id, manager.userId])
    await post(`/api/applications/${application.id}/interviewers`, { userId });
  const scored = await request.put(`/api/applications/${application.id}/scorecard`, {
    headers: hr,
    data: {
      recommendation: 'yes',
      summary: 'Strong discovery',
      ratings: profile.current.competencies.map((c) => ({
        competencyId: c.competencyId,
        rating: 4,
        evidence: '',
      })),
    },
  });
  expect(scored.status()).toBe(200);

  await signIn(page, 'manager@cadre.test');
  await page.goto(`/recruitment/applications/${application.id}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('scorecard-Zhao Xin')).toBeHidden();

  const submit = async (rating: string, recommendation: string) => {
    const form = page.getByTestId('scorecard-form');
    const groups = form.locator('fieldset mat-button-toggle-group');
    for (let i = 0; i < (await groups.count()); i++)
      await groups.nth(i).getByRole('radio', { name: rating, exact: true }).click();
    await form
      .getByTestId('recommendation')
      .getByRole('radio', { name: recommendation, exact: true })
      .click();
    await form.getByTestId('scorecard-submit').click();
    await expect(page.getByText('Scorecard saved')).toBeVisible();
    // Let the note go, so the next save's note is the only one.
    await expect(page.getByText('Scorecard saved')).toBeHidden({ timeout: 15_000 });
  };
  await submit('3', 'Yes');
  await expect(page.getByTestId('scorecard-Zhao Xin')).toBeVisible();
  await expect(page.getByTestId('amended-after-reading-others')).toHaveCount(0);

  // Having read HR's ratings, the manager raises theirs.
  await submit('4', 'Strong yes');
  const mine = page.getByTestId('scorecard-Liu Yang');
  await expect(mine.getByTestId('amended-after-reading-others')).toContainText(
    'Amended after reading the other interviewers',
  );
  await expect(mine).toContainText(/amended/);

  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(mine.getByTestId('amended-after-reading-others')).toContainText(
    '在阅读其他面试官的评分后修改过',
  );
});
