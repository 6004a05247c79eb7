import { TestBed } from '@angular/core/testing';
import { MarkdownComponent, renderMarkdown } from './markdown.component';

describe('lesson Markdown', () => {
  it('renders headings, lists and tables', () => {
    const html = renderMarkdown('# Title\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html).toContain('<h1');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1</td>');
  });

  it('shows HTML written in a lesson as text: no script, no handler, no iframe', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('lets no javascript: link through to the page', () => {
    const fixture = TestBed.createComponent(MarkdownComponent);
    fixture.componentRef.setInput('source', '[click](javascript:alert(1)) and <b onclick="x()">bold</b>');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/);
    expect(element.querySelector('[onclick]')).toBeNull();
  });
});
