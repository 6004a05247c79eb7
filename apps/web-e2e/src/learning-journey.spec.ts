import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut } from './support';

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const t = (en: string, zh: string) => ({ en, zh });

/** Four true/false questions whose answer is "True" unless the statement says "never". */
const statements = [
  ['A deal moves stage only when its exit criterion is met.', true],
  ['Discounts beyond your limit may be offered before approval.', false],
  ['Every meeting should end with a dated next step.', true],
  ['Customer data may be copied to a personal phone.', false],
] as const;

/** Answers each question of the attempt on screen, getting the first `wrong` of them wrong. */
async function answer(page: Page, wrong: number): Promise<void> {
  const questions = page.getByTestId('quiz-attempt').locator('fieldset');
  await expect(questions).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    const question = questions.nth(i);
    const prompt = (await question.locator('legend .prompt').textContent()) ?? '';
    const isTrue = statements.find(([text]) => prompt.includes(text))?.[1];
    expect(isTrue, prompt).toBeDefined();
    const right = isTrue ? 'True' : 'False';
    const chosen = i < wrong ? (right === 'True' ? 'False' : 'True') : right;
    await question.getByRole('radio', { name: chosen, exact: true }).check();
  }
}

/**
 * A new hire opens a course HR has just published, works through a lesson, fails the quiz,
 * passes it on the second attempt, and sees the certification it earns: in the course,
 * on "My learning", and in Chinese.
 */
test('a new hire works through a lesson, fails then passes a quiz, and earns a certification', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const hr = { Authorization: `Bearer ${await tokenOf(request, 'hr@cadre.test')}` };
  const competencies = (await (await request.get('/api/competencies', { headers: hr })).json()) as {
    id: string;
  }[];
  const created = await request.post('/api/learning/courses', {
    headers: hr,
    data: {
      code,
      category: 'in-role',
      title: t('Deal desk basics', '交易审批基础'),
      summary: t('What needs approval, and when', '哪些事项需要审批，以及何时审批'),
      estimatedMinutes: 20,
      competencies: [{ competencyId: competencies[0]?.id, level: 2 }],
      certifying: true,
      validityMonths: 12,
      modules: [
        {
          title: t('Approvals', '审批'),
          items: [
            {
              kind: 'lesson',
              title: t('What the deal desk approves', '交易审批台审批什么'),
              body: t(
                '# The deal desk\n\n- Discounts **beyond your limit**\n- Non-standard terms\n\n<script>document.title="hacked"</script>',
                '# 交易审批台\n\n- **超出权限**的折扣\n- 非标准条款',
              ),
              url: null,
              estimatedMinutes: 10,
              quiz: null,
            },
            {
              kind: 'quiz',
              title: t('Deal desk check', '交易审批测验'),
              body: null,
              url: null,
              estimatedMinutes: 10,
              quiz: {
                drawCount: 4,
                passMarkPercent: 75,
                maxAttempts: 3,
                timeLimitMinutes: 10,
                questions: statements.map(([text, isTrue]) => ({
                  kind: 'true-false',
                  prompt: t(text, `${text}（中文）`),
                  feedback: t(`Because: ${text}`, `原因：${text}`),
                  options: [
                    { text: t('True', '正确'), correct: isTrue },
                    { text: t('False', '错误'), correct: !isTrue },
                  ],
                })),
              },
            },
          ],
        },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const course = (await created.json()) as { id: string };
  expect((await request.post(`/api/learning/courses/${course.id}/publish`, { headers: hr })).status()).toBe(
    200,
  );

  await signIn(page, 'rep@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
  await expect(page.getByTestId('learning-enrolments')).toBeVisible();
  await page.getByTestId('open-catalogue').click();
  await page.getByTestId(`course-${code}`).getByRole('button', { name: 'Enrol' }).click();

  // The lesson: rendered, its script shown as text and never run.
  await expect(page.getByRole('heading', { name: 'The deal desk', exact: true })).toBeVisible();
  await expect(page.getByText('<script>document.title="hacked"</script>')).toBeVisible();
  await page.getByTestId('mark-done').click();
  await expect(page.getByTestId('course-progress')).toHaveText('1 of 2 done');

  // The quiz opened next: fail it, then pass it.
  await page.getByTestId('quiz-start').click();
  await answer(page, 2);
  await page.getByTestId('quiz-submit').click();
  const result = page.getByTestId('quiz-result');
  await expect(result.getByRole('heading')).toHaveText(/You scored 50\.00%/);
  await expect(result).toContainText('Not passed: the pass mark is 75%. 2 of 3 attempts left');
  await expect(result).toContainText('Because:');
  await page.getByTestId('quiz-again').click();
  await answer(page, 0);
  await page.getByTestId('quiz-submit').click();
  await expect(result.getByRole('heading')).toHaveText(/You scored 100\.00%/);
  await expect(page.getByTestId('course-complete')).toContainText(`You earned the ${code} certification.`);

  await page.getByRole('link', { name: 'My learning' }).click();
  const certifications = page.getByTestId('learning-certifications');
  await expect(certifications).toContainText('Deal desk basics');
  await expect(certifications).toContainText(code);
  await certifications.getByRole('link', { name: 'Deal desk basics' }).click();
  const certificate = page.getByTestId('certificate');
  await expect(certificate).toContainText('This certifies that');
  await expect(certificate.getByRole('heading', { level: 1 })).toHaveText('Huang Jie');
  await expect(certificate).toContainText(code);
  await expect(page.getByTestId('print-certificate')).toBeVisible();
  await page.getByRole('link', { name: 'My learning' }).click();

  // The same, in Chinese.
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(certifications).toContainText('交易审批基础');
  await expect(page.getByRole('heading', { name: '我的学习' })).toBeVisible();
});

/**
 * The manager opens their new rep's page: the overdue course stands out, they assign
 * another course with a due date, and sign off the task the rep finished with them.
 */
test('a manager sees the overdue course, assigns a course and signs off a task; the rep is notified', async ({
  page,
}) => {
  await signIn(page, 'manager@cadre.test');
  await page.goto('/people');
  await page.getByRole('link', { name: 'Huang Jie' }).first().click();
  const section = page.getByTestId('person-learning');
  await expect(section.getByTestId('person-enrolments')).toContainText('Pipeline discipline in the CRM');
  await expect(section.getByTestId('person-enrolments').locator('.overdue')).toContainText('Overdue');

  const form = section.getByTestId('assign-course');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(form).toContainText('Required');
  // With the keyboard: focus the course, open its list, choose.
  await form.getByRole('combobox', { name: 'Course to assign' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Leading a sales team: coaching and pipeline reviews' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await form.getByLabel('Due date (optional)').fill('2027-01-15');
  await form.getByRole('button', { name: 'Assign' }).click();
  await expect(section.getByTestId('person-enrolments')).toContainText('Leading a sales team');

  const task = section.locator('li', { hasText: 'Shadow three client visits with your manager' });
  await task.getByRole('button', { name: 'Sign off' }).click();
  await expect(task).toContainText('Signed off by Liu Yang');
  await page.reload();
  await expect(
    page.getByTestId('person-learning').locator('li', { hasText: 'Shadow three client visits' }),
  ).toContainText('Signed off by Liu Yang');

  // The team view: the rep is behind, overdue first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
  await page.getByTestId('open-team-learning').click();
  const rep = page.getByTestId('team-people').locator('tr', { hasText: 'Huang Jie' });
  await expect(rep.locator('td.overdue')).toHaveText('1');

  // The rep hears of it in the bell (and of the overdue course, from the day's reminders).
  await signOut(page);
  await signIn(page, 'rep@cadre.test');
  const bell = page.getByTestId('notifications');
  await expect(bell).toHaveAccessibleName(/Notifications: \d+ unread/);
  await bell.click();
  await expect(
    page.getByRole('menuitem', { name: /Pipeline discipline in the CRM was due .* and is overdue/ }),
  ).toBeVisible();
  await page
    .getByRole('menuitem', {
      name: /Leading a sales team: coaching and pipeline reviews was assigned to you/,
    })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Leading a sales team: coaching and pipeline reviews' }),
  ).toBeVisible();
});

/** HR writes a course with a lesson and a quiz, is told what is missing, publishes it, and finds it in the catalogue. */
test('HR builds and publishes a course with a quiz', async ({ page }) => {
  const code = `HR-${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, 'hr@cadre.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
  await page.getByTestId('open-courses').click();
  await page.getByTestId('new-course').click();
  const editor = page.getByTestId('course-editor');

  // Nothing filled in: publishing is refused, and says where to look.
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('editor-error')).toHaveText(
    'Some fields need attention: they are marked in red.',
  );

  const choose = async (field: ReturnType<typeof page.getByRole>, option: string) => {
    await field.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: option, exact: true }).click();
    await expect(page.getByRole('listbox')).toBeHidden();
  };
  await editor.getByLabel('Code').fill(code);
  await editor.getByLabel('Title (English)').first().fill('Objection handling');
  await editor.getByLabel('Title (Chinese)').first().fill('异议处理');
  await editor.getByLabel('Summary (English)').fill('Answering “too expensive” and its cousins');
  await editor.getByLabel('Summary (Chinese)').fill('如何回应“太贵了”等常见异议');
  const module = editor.getByTestId('module-0');
  await module.getByLabel('Module title (English)').fill('The basics');
  await module.getByLabel('Module title (Chinese)').fill('基础');
  const lesson = module.getByTestId('item-0-0');
  await lesson.getByLabel('Title (English)').fill('Listen first');
  await lesson.getByLabel('Title (Chinese)').fill('先倾听');
  await lesson.getByLabel('Lesson (English)').fill('# Listen first\n\nAsk what they compare us with.');
  await lesson.getByLabel('Lesson (Chinese)').fill('# 先倾听\n\n先问对方在和什么比较。');

  await module.getByTestId('add-item-0').click();
  const quiz = module.getByTestId('item-0-1');
  await choose(quiz.getByRole('combobox', { name: 'Kind' }), 'Quiz');
  await quiz.getByLabel('Title (English)').fill('Check yourself');
  await quiz.getByLabel('Title (Chinese)').fill('自测');
  await quiz.getByLabel('Questions per attempt').fill('1');
  await quiz.getByTestId('add-question').click();
  const question = quiz.getByTestId('question-0');
  await choose(question.getByRole('combobox', { name: 'Question type' }), 'True or false');
  await question.getByLabel('Question (English)').fill('A price objection is a question in disguise.');
  await question.getByLabel('Question (Chinese)').fill('价格异议往往是伪装的问题。');
  await question.getByLabel('Feedback (English)').fill('Learn the comparison before answering.');
  await question.getByLabel('Feedback (Chinese)').fill('先了解比较对象再回答。');

  await page.getByTestId('publish').click();
  await expect(page.getByText('Published Objection handling, version 1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Edit course' })).toBeVisible();
  await expect(page.getByText('Version 1, published')).toBeVisible();

  await page.goto('/learning/catalogue');
  await expect(page.getByTestId(`course-${code}`)).toContainText('Objection handling');
});
