import type { Routes } from '@angular/router';
import { ProfilePageComponent } from './profile-page.component';

/** Mounted by the app at /profile: everyone's own. */
export const profileRoutes: Routes = [{ path: '', component: ProfilePageComponent }];
