import { randomUUID } from 'node:crypto';
import type { CourseModule, FieldError, QuizQuestion } from '@cadre/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Readies a course document to be stored: every module, item, question and option gets an
 * id (kept when it has a valid one, so saving a draft twice keeps every id and the next
 * version's items keep the ids of the ones they replace), and the rules the field validators cannot see are checked: what
 * each kind of item needs, a key that fits each question's kind, and a draw no larger
 * than the bank. Returns the problems as field errors with the document's paths.
 */
export function prepareCourseDocument(modules: CourseModule[]): {
  modules: CourseModule[];
  problems: FieldError[];
} {
  const problems: FieldError[] = [];
  const used = new Set<string>();
  const idFor = (id: string | undefined, field: string): string => {
    if (id && UUID.test(id)) {
      if (used.has(id.toLowerCase())) {
        problems.push({ field, reason: 'is used twice in this course', code: 'listed_twice' });
      }
      used.add(id.toLowerCase());
      return id.toLowerCase();
    }
    const fresh = randomUUID();
    used.add(fresh);
    return fresh;
  };

  const prepared = modules.map((module, m): CourseModule => ({
    id: idFor(module.id, `modules[${m}].id`),
    title: module.title,
    items: module.items.map((item, i) => {
      const at = `modules[${m}].items[${i}]`;
      if (item.kind === 'lesson' && !item.body)
        problems.push({ field: `${at}.body`, reason: 'a lesson needs its text', code: 'required' });
      if ((item.kind === 'video' || item.kind === 'link') && !item.url)
        problems.push({ field: `${at}.url`, reason: `a ${item.kind} needs its address`, code: 'required' });
      if (item.kind === 'pdf' && !item.fileId)
        problems.push({
          field: `${at}.fileId`,
          reason: 'a PDF item needs its uploaded file',
          code: 'required',
        });
      if (item.kind === 'quiz' && !item.quiz)
        problems.push({ field: `${at}.quiz`, reason: 'a quiz needs its questions', code: 'required' });
      const quiz =
        item.kind === 'quiz' && item.quiz
          ? {
              ...item.quiz,
              questions: item.quiz.questions.map((q, k) => prepareQuestion(q, `${at}.quiz.questions[${k}]`)),
            }
          : null;
      if (quiz && quiz.drawCount > quiz.questions.length)
        problems.push({
          field: `${at}.quiz.drawCount`,
          reason: `must be at most the ${quiz.questions.length} questions in the bank`,
          code: 'too_large',
          params: { max: quiz.questions.length },
        });
      return {
        id: idFor(item.id, `${at}.id`),
        kind: item.kind,
        title: item.title,
        body: item.kind === 'lesson' ? item.body : null,
        url: item.kind === 'video' || item.kind === 'link' ? item.url : null,
        fileId: item.kind === 'pdf' ? (item.fileId ?? null) : null,
        estimatedMinutes: item.estimatedMinutes,
        quiz,
      };
    }),
  }));

  function prepareQuestion(question: QuizQuestion, at: string): QuizQuestion {
    const correct = question.options.filter((o) => o.correct).length;
    const fits =
      question.kind === 'multiple'
        ? correct >= 1
        : correct === 1 && (question.kind !== 'true-false' || question.options.length === 2);
    if (!fits)
      problems.push({
        field: `${at}.options`,
        reason:
          question.kind === 'multiple'
            ? 'must mark at least one option correct'
            : question.kind === 'true-false'
              ? 'must be two options, one of them correct'
              : 'must mark exactly one option correct',
        code: 'quiz_key',
      });
    return {
      id: idFor(question.id, `${at}.id`),
      kind: question.kind,
      prompt: question.prompt,
      feedback: question.feedback,
      options: question.options.map((o, n) => ({
        id: idFor(o.id, `${at}.options[${n}].id`),
        text: o.text,
        correct: o.correct === true,
      })),
    };
  }

  return { modules: prepared, problems };
}

export function countItems(modules: readonly CourseModule[]): number {
  return modules.reduce((sum, m) => sum + m.items.length, 0);
}

/** The stored files a course document's PDF items name, with where each is named. */
export function fileReferences(modules: readonly CourseModule[]): { fileId: string; field: string }[] {
  return modules.flatMap((m, mi) =>
    m.items.flatMap((item, ii) =>
      item.fileId ? [{ fileId: item.fileId, field: `modules[${mi}].items[${ii}].fileId` }] : [],
    ),
  );
}
