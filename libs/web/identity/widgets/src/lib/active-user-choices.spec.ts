import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import type { UserDto } from '@cadre/shared/contracts';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { ActiveUserChoices } from './active-user-choices';

const user = (id: string, roles: UserDto['roles']) => ({ id, roles }) as UserDto;

describe('ActiveUserChoices', () => {
  it('asks for nobody until its condition holds, then offers the users whose roles grant the permission', async () => {
    const users = jest.fn(() =>
      of({
        items: [user('rep', ['rep']), user('mgr', ['manager']), user('hr', ['hr', 'rep'])],
        total: 3,
        limit: 200,
        offset: 0,
      }),
    );
    TestBed.configureTestingModule({
      providers: [ActiveUserChoices, { provide: IdentityApi, useValue: { users } }],
    });
    const choices = TestBed.inject(ActiveUserChoices);
    const interviewers = choices.withPermission('recruitment:participate');
    TestBed.tick();
    expect(users).not.toHaveBeenCalled();
    expect(interviewers()).toEqual([]);

    const allowed = signal(false);
    choices.loadWhen(allowed);
    TestBed.tick();
    expect(users).not.toHaveBeenCalled();

    allowed.set(true);
    TestBed.tick();
    await Promise.resolve();
    expect(users).toHaveBeenCalledWith({ isActive: true, limit: 200 });
    expect(interviewers().map((u) => u.id)).toEqual(['mgr', 'hr']);
  });
});
