import { ChangeDetectionStrategy, Component, Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { loadSections } from './contributed-sections';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class First {}
@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Second {}

describe('loadSections', () => {
  it('loads the sections in order and leaves out one whose code fails, so the page stands', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sections = runInInjectionContext(TestBed.inject(Injector), () =>
      loadSections(() => [
        { key: 'second', order: 20, load: async () => Second },
        { key: 'broken', order: 15, load: () => Promise.reject(new Error('chunk missing')) },
        { key: 'first', order: 10, load: async () => First },
      ]),
    );
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(sections.hasValue() && sections.value()).toEqual([
      { key: 'first', component: First },
      { key: 'second', component: Second },
    ]);
    expect(error).toHaveBeenCalledWith('The section "broken" could not be loaded', expect.any(Error));
    error.mockRestore();
  });
});
