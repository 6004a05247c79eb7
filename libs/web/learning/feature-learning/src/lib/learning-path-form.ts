import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  MENTOR_STEP_TITLE,
  type CurriculumDto,
  type CurriculumItemKind,
  type CurriculumRequest,
} from '@cadre/shared/contracts';

/**
 * A learning path's (curriculum's) form, shaped like the API's request (items[2].dueOffsetDays …)
 * so the server's field errors land on their fields.
 */
export type StepForm = FormGroup<{
  id: FormControl<string>;
  kind: FormControl<CurriculumItemKind>;
  courseId: FormControl<string>;
  resourceId: FormControl<string>;
  taskTitle: FormGroup<{ en: FormControl<string>; zh: FormControl<string> }>;
  dueOffsetDays: FormControl<number>;
  required: FormControl<boolean>;
}>;
export type LearningPathForm = FormGroup<{
  title: FormGroup<{ en: FormControl<string>; zh: FormControl<string> }>;
  sequential: FormControl<boolean>;
  items: FormArray<StepForm>;
}>;

const text = (value = '') =>
  new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(200)] });

export function stepForm(value?: CurriculumDto['items'][number]): StepForm {
  const step: StepForm = new FormGroup({
    id: new FormControl(value?.id ?? '', { nonNullable: true }),
    kind: new FormControl<CurriculumItemKind>(value?.kind ?? 'course', { nonNullable: true }),
    courseId: new FormControl(value?.courseId ?? '', { nonNullable: true }),
    resourceId: new FormControl(value?.resourceId ?? '', { nonNullable: true }),
    taskTitle: new FormGroup({ en: text(value?.taskTitle?.en), zh: text(value?.taskTitle?.zh) }),
    dueOffsetDays: new FormControl(value?.dueOffsetDays ?? 7, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(730)],
    }),
    required: new FormControl(value?.required ?? true, { nonNullable: true }),
  });
  // A "meet your mentor" step names itself unless a title was typed.
  step.controls.kind.valueChanges.subscribe((kind) => {
    const title = step.controls.taskTitle;
    if (kind === 'mentor' && !title.value.en && !title.value.zh) title.setValue({ ...MENTOR_STEP_TITLE });
  });
  return step;
}

export function learningPathForm(value?: CurriculumDto | null): LearningPathForm {
  return new FormGroup({
    title: new FormGroup({
      en: new FormControl(value?.title.en ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
      zh: new FormControl(value?.title.zh ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
    }),
    sequential: new FormControl(value?.sequential ?? false, { nonNullable: true }),
    items: new FormArray((value?.items ?? []).map((i) => stepForm(i))),
  });
}

/** The request: each step keeps only what its kind uses; a kept step sends its id (its sign-offs stay). */
export function toCurriculumRequest(form: LearningPathForm): CurriculumRequest {
  const raw = form.getRawValue();
  return {
    title: raw.title,
    sequential: raw.sequential,
    items: raw.items.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      kind: s.kind,
      courseId: s.kind === 'course' ? s.courseId || null : null,
      resourceId: s.kind === 'resource' ? s.resourceId || null : null,
      taskTitle: s.kind === 'task' || s.kind === 'mentor' ? s.taskTitle : null,
      dueOffsetDays: s.dueOffsetDays,
      required: s.required,
    })),
  };
}

/** Moves a step from one place to another (drag and drop, or the keyboard). */
export function moveStep(items: FormArray<StepForm>, from: number, to: number): boolean {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return false;
  const step = items.at(from);
  items.removeAt(from, { emitEvent: false });
  items.insert(to, step);
  items.markAsDirty();
  return true;
}
