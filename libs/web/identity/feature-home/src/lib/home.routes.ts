import type { Routes } from '@angular/router';
import { HomePageComponent } from './home-page.component';

/** Mounted by the app at the root of the signed-in shell. */
export const homeRoutes: Routes = [{ path: '', component: HomePageComponent }];
