import type { CoursesService } from '../courses/courses.service';

const t2 = (en: string) => ({ en, zh: `${en}（中文）` });

/**
 * For integration tests: a published course of one five-minute lesson that develops the
 * competency to level 2.
 */
export async function publishOneLessonCourse(
  courses: CoursesService,
  code: string,
  competencyId: string,
): Promise<{ id: string }> {
  const course = await courses.create({
    code,
    category: 'in-role',
    title: t2(code),
    summary: t2('One lesson'),
    estimatedMinutes: 10,
    competencies: [{ competencyId, level: 2 }],
    certifying: false,
    validityMonths: null,
    modules: [
      {
        id: '',
        title: t2('One'),
        items: [
          {
            id: '',
            kind: 'lesson',
            title: t2('Read'),
            body: t2('Text'),
            url: null,
            estimatedMinutes: 5,
            quiz: null,
          },
        ],
      },
    ],
  });
  await courses.publish(course.id);
  return course;
}
