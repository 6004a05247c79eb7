import { InjectionToken, type InputSignal } from '@angular/core';
import type { ContributedSection } from './contributed-sections';

/** A section of an employee's page: a component that takes the employee's id. */
export type EmployeePageSection = ContributedSection<{ employeeId: InputSignal<string> }>;

/**
 * The employee's page is the hub of Cadre's loop: each context contributes a section
 * (identity the person and their place, talent their profile and gaps; learning,
 * mentoring, performance, pay and career later) without the page knowing them. The
 * shell registers each feature's sections with `provideEmployeePageSection`.
 */
export const EMPLOYEE_PAGE_SECTIONS = new InjectionToken<EmployeePageSection[]>('EMPLOYEE_PAGE_SECTIONS');

export function provideEmployeePageSection(section: EmployeePageSection) {
  return { provide: EMPLOYEE_PAGE_SECTIONS, useValue: section, multi: true };
}
