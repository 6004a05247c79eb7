import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  Bilingual,
  CourseCategory,
  CourseContentRequest,
  CourseItemKind,
  CourseModule,
  CourseVersionDto,
  LearningFileDto,
  QuestionKind,
  QuizQuestion,
} from '@cadre/shared/contracts';

/**
 * The course editor's form, shaped like the API's document (title.en, modules[0].items[1]
 * .quiz.questions[2].options …), so the server's field errors land on their fields.
 */
export type BilingualForm = FormGroup<{ en: FormControl<string>; zh: FormControl<string> }>;
export type OptionForm = FormGroup<{
  id: FormControl<string>;
  text: BilingualForm;
  correct: FormControl<boolean>;
}>;
export type QuestionForm = FormGroup<{
  id: FormControl<string>;
  kind: FormControl<QuestionKind>;
  prompt: BilingualForm;
  feedback: BilingualForm;
  options: FormArray<OptionForm>;
}>;
export type QuizForm = FormGroup<{
  drawCount: FormControl<number>;
  passMarkPercent: FormControl<number>;
  maxAttempts: FormControl<number>;
  timeLimitMinutes: FormControl<number | null>;
  questions: FormArray<QuestionForm>;
}>;
export type ItemForm = FormGroup<{
  id: FormControl<string>;
  kind: FormControl<CourseItemKind>;
  title: BilingualForm;
  body: BilingualForm;
  url: FormControl<string>;
  /** A PDF item's uploaded file; named as the API's field so the server's errors land on it. */
  fileId: FormControl<LearningFileDto | null>;
  estimatedMinutes: FormControl<number>;
  quiz: QuizForm;
}>;
export type ModuleForm = FormGroup<{
  id: FormControl<string>;
  title: BilingualForm;
  items: FormArray<ItemForm>;
}>;
export type CourseForm = FormGroup<{
  code: FormControl<string>;
  category: FormControl<CourseCategory>;
  title: BilingualForm;
  summary: BilingualForm;
  estimatedMinutes: FormControl<number>;
  certifying: FormControl<boolean>;
  validityMonths: FormControl<number | null>;
  competencies: FormArray<FormGroup<{ competencyId: FormControl<string>; level: FormControl<number> }>>;
  modules: FormArray<ModuleForm>;
}>;

const text = (value: Bilingual | null = null, required = true, max = 200): BilingualForm =>
  new FormGroup({
    en: new FormControl(value?.en ?? '', {
      nonNullable: true,
      validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)],
    }),
    zh: new FormControl(value?.zh ?? '', {
      nonNullable: true,
      validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)],
    }),
  });

const int = (value: number, min: number, max: number) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(min), Validators.max(max)],
  });

export function optionForm(value?: { id: string; text: Bilingual; correct?: boolean }): OptionForm {
  return new FormGroup({
    id: new FormControl(value?.id ?? '', { nonNullable: true }),
    text: text(value?.text ?? null),
    correct: new FormControl(value?.correct ?? false, { nonNullable: true }),
  });
}

export function questionForm(value?: QuizQuestion): QuestionForm {
  const options = value?.options ?? [
    { id: '', text: { en: '', zh: '' }, correct: true },
    { id: '', text: { en: '', zh: '' }, correct: false },
  ];
  return new FormGroup({
    id: new FormControl(value?.id ?? '', { nonNullable: true }),
    kind: new FormControl<QuestionKind>(value?.kind ?? 'single', { nonNullable: true }),
    prompt: text(value?.prompt ?? null, true, 2000),
    feedback: text(value?.feedback ?? null, true, 2000),
    options: new FormArray(options.map((o) => optionForm(o))),
  });
}

/** `files` names the stored files the course's PDF items refer to (the API sends them beside the course). */
export function itemForm(
  value?: CourseModule['items'][number],
  files: readonly LearningFileDto[] = [],
): ItemForm {
  const fileId = value?.fileId ?? null;
  return new FormGroup({
    id: new FormControl(value?.id ?? '', { nonNullable: true }),
    kind: new FormControl<CourseItemKind>(value?.kind ?? 'lesson', { nonNullable: true }),
    title: text(value?.title ?? null),
    body: text(value?.body ?? null, false, 50_000),
    url: new FormControl(value?.url ?? '', { nonNullable: true }),
    fileId: new FormControl<LearningFileDto | null>(
      fileId
        ? (files.find((f) => f.id === fileId) ?? { id: fileId, fileName: '', contentType: '', sizeBytes: 0 })
        : null,
    ),
    estimatedMinutes: int(value?.estimatedMinutes ?? 10, 0, 600),
    quiz: new FormGroup({
      drawCount: int(value?.quiz?.drawCount ?? 5, 1, 200),
      passMarkPercent: int(value?.quiz?.passMarkPercent ?? 80, 1, 100),
      maxAttempts: int(value?.quiz?.maxAttempts ?? 3, 1, 20),
      timeLimitMinutes: new FormControl<number | null>(value?.quiz?.timeLimitMinutes ?? null, [
        Validators.min(1),
        Validators.max(240),
      ]),
      questions: new FormArray((value?.quiz?.questions ?? []).map((q) => questionForm(q))),
    }),
  });
}

export function moduleForm(value?: CourseModule, files: readonly LearningFileDto[] = []): ModuleForm {
  return new FormGroup({
    id: new FormControl(value?.id ?? '', { nonNullable: true }),
    title: text(value?.title ?? null),
    items: new FormArray((value?.items ?? [undefined]).map((i) => itemForm(i, files))),
  });
}

export function courseForm(value?: {
  code: string;
  category: CourseCategory;
  latest: CourseVersionDto;
  files?: LearningFileDto[];
}): CourseForm {
  const v = value?.latest;
  return new FormGroup({
    code: new FormControl(value?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[A-Z][A-Z0-9-]{1,39}$/)],
    }),
    category: new FormControl<CourseCategory>(value?.category ?? 'onboarding', { nonNullable: true }),
    title: text(v?.title ?? null),
    summary: text(v?.summary ?? null, true, 2000),
    estimatedMinutes: int(v?.estimatedMinutes ?? 30, 1, 6000),
    certifying: new FormControl(v?.certifying ?? false, { nonNullable: true }),
    validityMonths: new FormControl<number | null>(v?.validityMonths ?? null, [
      Validators.min(1),
      Validators.max(120),
    ]),
    competencies: new FormArray(
      (v?.competencies ?? []).map(
        (c) =>
          new FormGroup({
            competencyId: new FormControl(c.competencyId, {
              nonNullable: true,
              validators: [Validators.required],
            }),
            level: int(c.level, 1, 5),
          }),
      ),
    ),
    modules: new FormArray((v?.modules ?? [undefined]).map((m) => moduleForm(m, value?.files ?? []))),
  });
}

/** The document the API takes: each item keeps only what its kind uses; new parts have no id yet. */
export function toCourseContent(form: CourseForm): CourseContentRequest {
  const raw = form.getRawValue();
  const id = (value: string) => (value ? { id: value } : {});
  return {
    title: raw.title,
    summary: raw.summary,
    estimatedMinutes: raw.estimatedMinutes,
    certifying: raw.certifying,
    validityMonths: raw.certifying ? raw.validityMonths : null,
    competencies: raw.competencies,
    modules: raw.modules.map((m) => ({
      ...id(m.id),
      title: m.title,
      items: m.items.map((i) => ({
        ...id(i.id),
        kind: i.kind,
        title: i.title,
        body: i.kind === 'lesson' ? i.body : null,
        url: i.kind === 'video' || i.kind === 'link' ? i.url : null,
        fileId: i.kind === 'pdf' ? (i.fileId?.id ?? null) : null,
        estimatedMinutes: i.estimatedMinutes,
        quiz:
          i.kind === 'quiz'
            ? {
                drawCount: i.quiz.drawCount,
                passMarkPercent: i.quiz.passMarkPercent,
                maxAttempts: i.quiz.maxAttempts,
                timeLimitMinutes: i.quiz.timeLimitMinutes || null,
                questions: i.quiz.questions.map((q) => ({
                  ...id(q.id),
                  kind: q.kind,
                  prompt: q.prompt,
                  feedback: q.feedback,
                  options: q.options.map((o) => ({ ...id(o.id), text: o.text, correct: o.correct })),
                })),
              }
            : null,
      })),
    })) as CourseModule[],
  };
}

/** Moves a control one place up or down (keyboard-friendly reordering). */
export function move<T extends FormGroup>(list: FormArray<T>, index: number, by: -1 | 1): void {
  const to = index + by;
  if (to < 0 || to >= list.length) return;
  // FormArray<T>.at() is typed loosely for generic T; the control is the list's own.
  const control = list.at(index) as T;
  list.removeAt(index);
  list.insert(to, control);
  list.markAsDirty();
}
