import { learningPathForm, moveStep, stepForm, toCurriculumRequest } from './learning-path-form';

const saved = {
  id: 'c1',
  roleProfileId: 'p1',
  title: { en: 'First 90 days', zh: '前 90 天' },
  sequential: true,
  items: [
    {
      id: 's1',
      kind: 'course' as const,
      courseId: 'course-1',
      courseCode: 'AE-101',
      courseTitle: { en: 'Onboarding', zh: '入职' },
      resourceId: null,
      resourceTitle: null,
      taskTitle: null,
      dueOffsetDays: 30,
      required: true,
    },
    {
      id: 's2',
      kind: 'task' as const,
      courseId: null,
      courseCode: null,
      courseTitle: null,
      resourceId: null,
      resourceTitle: null,
      taskTitle: { en: 'Shadow three visits', zh: '随访三位客户' },
      dueOffsetDays: 14,
      required: false,
    },
  ],
};

describe('the learning path form', () => {
  it('sends kept steps with their ids and only what each kind uses', () => {
    const form = learningPathForm(saved);
    form.controls.items.push(stepForm());
    const added = form.controls.items.at(2);
    added.controls.kind.setValue('resource');
    added.controls.resourceId.setValue('r1');
    added.controls.courseId.setValue('left-over');
    expect(toCurriculumRequest(form).items).toEqual([
      {
        id: 's1',
        kind: 'course',
        courseId: 'course-1',
        resourceId: null,
        taskTitle: null,
        dueOffsetDays: 30,
        required: true,
      },
      {
        id: 's2',
        kind: 'task',
        courseId: null,
        resourceId: null,
        taskTitle: { en: 'Shadow three visits', zh: '随访三位客户' },
        dueOffsetDays: 14,
        required: false,
      },
      {
        kind: 'resource',
        courseId: null,
        resourceId: 'r1',
        taskTitle: null,
        dueOffsetDays: 7,
        required: true,
      },
    ]);
  });

  it('moves a step and keeps its values; a move past either end changes nothing', () => {
    const form = learningPathForm(saved);
    expect(moveStep(form.controls.items, 1, 0)).toBe(true);
    expect(form.controls.items.getRawValue().map((s) => s.id)).toEqual(['s2', 's1']);
    expect(form.dirty).toBe(true);
    expect(moveStep(form.controls.items, 0, -1)).toBe(false);
    expect(moveStep(form.controls.items, 1, 2)).toBe(false);
    expect(form.controls.items.getRawValue().map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('refuses a negative due offset before sending', () => {
    const form = learningPathForm(saved);
    form.controls.items.at(0).controls.dueOffsetDays.setValue(-1);
    expect(form.invalid).toBe(true);
  });
});
