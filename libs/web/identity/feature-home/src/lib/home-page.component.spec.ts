import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import type { Permission, SessionUser } from '@cadre/shared/contracts';
import { provideHomeSection, SessionStore } from '@cadre/web/core';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { HomePageComponent } from './home-page.component';

@Component({ template: '<p data-testid="owed">owed</p>', changeDetection: ChangeDetectionStrategy.OnPush })
class OwedStub {}
@Component({
  template: '<p data-testid="approvals">approvals</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ApprovalsStub {}

async function render(permissions: Permission[]) {
  const loaded: string[] = [];
  const user = { displayName: 'Liu Yang', roles: [], permissions } as unknown as SessionUser;
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: TRANSLATIONS, useValue: { en: {}, 'zh-CN': {} } },
      {
        provide: SessionStore,
        useValue: {
          user: signal(user),
          hasPermission: (p: Permission) => permissions.includes(p),
          hasRole: () => false,
        },
      },
      {
        provide: IdentityApi,
        useValue: {
          me: () => of({ user, employee: null, orgUnitPath: [], manager: null }),
          employees: () => of({ items: [], total: 0, limit: 25, offset: 0 }),
        },
      },
      provideHomeSection({
        key: 'approvals',
        order: 20,
        permission: 'compensation:simulate',
        load: async () => (loaded.push('approvals'), ApprovalsStub),
      }),
      provideHomeSection({
        key: 'recruitment',
        order: 10,
        permission: 'recruitment:participate',
        load: async () => (loaded.push('recruitment'), OwedStub),
      }),
    ],
  });
  const fixture = TestBed.createComponent(HomePageComponent);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  return {
    loaded,
    shown: Array.from(el.querySelectorAll('[data-testid="owed"], [data-testid="approvals"]')).map(
      (e) => e.textContent,
    ),
  };
}

describe('HomePageComponent', () => {
  it('shows the sections other contexts contribute, in their order, to those allowed', async () => {
    const { loaded, shown } = await render(['recruitment:participate', 'compensation:simulate']);
    expect(shown).toEqual(['owed', 'approvals']);
    expect(loaded.sort()).toEqual(['approvals', 'recruitment']);
  });

  it('neither shows nor loads a section the user may not use', async () => {
    const { loaded, shown } = await render(['compensation:simulate']);
    expect(shown).toEqual(['approvals']);
    expect(loaded).toEqual(['approvals']);
  });
});
