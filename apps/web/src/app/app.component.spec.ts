import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AppComponent } from './app.component';

@Component({ template: '<h1>Sign in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStub {}

describe('AppComponent', () => {
  it('keeps the splash through a redirect until the first page is routed', async () => {
    let release!: () => void;
    const sessionChecked = new Promise<boolean>((resolve) => (release = () => resolve(true)));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            pathMatch: 'full',
            canActivate: [() => inject(Router).parseUrl('/login')],
            children: [],
          },
          { path: 'login', canActivate: [() => sessionChecked], component: SignInStub },
        ]),
      ],
    });
    const fixture = TestBed.createComponent(AppComponent);
    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    expect(el.querySelector('.cadre-splash')).not.toBeNull();

    const navigation = TestBed.inject(Router).navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    // Redirected to /login, whose guard still waits: the splash stays.
    expect(el.querySelector('.cadre-splash')).not.toBeNull();

    release();
    await navigation;
    fixture.detectChanges();
    expect(el.querySelector('.cadre-splash')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe('Sign in');
  });
});
