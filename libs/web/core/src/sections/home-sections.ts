import { InjectionToken } from '@angular/core';
import type { Permission } from '@cadre/shared/contracts';
import type { ContributedSection } from './contributed-sections';

/** A section of the home page that another part of Cadre contributes. */
export interface HomeSection extends ContributedSection {
  /** Shown only to users who hold it; loaded only for them. */
  permission: Permission;
}

/**
 * The home page is identity's, but what a user has to do comes from every context
 * (scorecards owed today; courses due, check-ins and approvals later). Each contributes
 * a section here, registered in `app.config.ts` with `provideHomeSection`, so home imports no
 * other context's code.
 */
export const HOME_SECTIONS = new InjectionToken<HomeSection[]>('HOME_SECTIONS');

export function provideHomeSection(section: HomeSection) {
  return { provide: HOME_SECTIONS, useValue: section, multi: true };
}
