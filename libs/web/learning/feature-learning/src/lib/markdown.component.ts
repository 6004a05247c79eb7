import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { marked } from 'marked';

/**
 * A lesson's Markdown as HTML. Raw HTML in the source is shown as text, not markup, and
 * what marked produces still passes Angular's sanitiser on [innerHTML], so neither a
 * script nor an event handler from a lesson ever runs.
 */
@Component({
  selector: 'cadre-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The HTML comes through [innerHTML], which emulated encapsulation does not reach; every
  // rule below is scoped under .markdown instead.
  encapsulation: ViewEncapsulation.None,
  template: `<div class="markdown" [innerHTML]="html()"></div>`,
  styles: `
    .markdown {
      display: block;
      line-height: 1.6;
      overflow-wrap: anywhere;
    }
    .markdown :is(h1, h2, h3) {
      font: var(--mat-sys-title-large);
      margin: 16px 0 8px;
    }
    .markdown h2 {
      font: var(--mat-sys-title-medium);
    }
    .markdown table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    .markdown :is(th, td) {
      border: 1px solid var(--mat-sys-outline-variant);
      padding: 4px 8px;
      text-align: left;
    }
    .markdown blockquote {
      margin: 8px 0;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-primary);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MarkdownComponent {
  readonly source = input.required<string>();
  protected readonly html = computed(() => renderMarkdown(this.source()));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown to HTML with any HTML written in the source escaped, never passed through. */
export function renderMarkdown(source: string): string {
  return marked.parse(source, {
    async: false,
    gfm: true,
    renderer: Object.assign(new marked.Renderer(), {
      html: ({ text }: { text: string }) => escapeHtml(text),
    }),
  });
}
