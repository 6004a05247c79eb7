import { courseForm, itemForm, move, questionForm, toCourseContent } from './course-form';

describe('the course editor form', () => {
  it('gives the API a document in its own shape, each item keeping only what its kind uses', () => {
    const form = courseForm();
    form.patchValue({
      code: 'DEMO-1',
      title: { en: 'Demo', zh: '演示' },
      summary: { en: 'About', zh: '关于' },
      certifying: false,
      validityMonths: 12,
    });
    const module = form.controls.modules.at(0);
    module.patchValue({ title: { en: 'One', zh: '一' } });
    module.controls.items.at(0).patchValue({
      kind: 'link',
      title: { en: 'Read', zh: '读' },
      body: { en: 'left over from a lesson', zh: '残留' },
      url: 'https://example.com',
    });
    const quiz = itemForm();
    quiz.patchValue({ kind: 'quiz', title: { en: 'Check', zh: '测验' }, url: 'left over' });
    quiz.controls.quiz.controls.questions.push(questionForm());
    module.controls.items.push(quiz);

    const content = toCourseContent(form);
    expect(content.validityMonths).toBeNull(); // not certifying
    const [link, check] = content.modules[0]?.items ?? [];
    expect(link).toMatchObject({ kind: 'link', url: 'https://example.com', body: null, quiz: null });
    expect(link).not.toHaveProperty('id'); // new: the server gives it one
    expect(check).toMatchObject({ kind: 'quiz', url: null, body: null });
    expect(check?.quiz?.questions[0]?.options.map((o) => o.correct)).toEqual([true, false]);
  });

  it('names a PDF item’s stored file by id, and shows its name from the files sent beside the course', () => {
    const file = { id: 'f1', fileName: 'price-list.pdf', contentType: 'application/pdf', sizeBytes: 2048 };
    const item = itemForm(
      {
        id: 'i1',
        kind: 'pdf',
        title: { en: 'Prices', zh: '价格' },
        body: null,
        url: null,
        fileId: 'f1',
        estimatedMinutes: 5,
        quiz: null,
      },
      [file],
    );
    expect(item.controls.fileId.value).toEqual(file);
    const form = courseForm();
    form.controls.modules.at(0).controls.items.setControl(0, item);
    expect(toCourseContent(form).modules[0]?.items[0]).toMatchObject({
      kind: 'pdf',
      fileId: 'f1',
      url: null,
    });
    item.controls.kind.setValue('link');
    expect(toCourseContent(form).modules[0]?.items[0]).toMatchObject({ kind: 'link', fileId: null });
  });

  it('moves a module or item one place, and not past either end', () => {
    const form = courseForm();
    const items = form.controls.modules.at(0).controls.items;
    items.at(0).patchValue({ title: { en: 'A', zh: 'A' } });
    items.push(itemForm());
    items.at(1).patchValue({ title: { en: 'B', zh: 'B' } });
    move(items, 1, -1);
    expect(items.controls.map((i) => i.value.title?.en)).toEqual(['B', 'A']);
    move(items, 0, -1);
    move(items, 1, 1);
    expect(items.controls.map((i) => i.value.title?.en)).toEqual(['B', 'A']);
  });
});
