import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe, Notifier, saveFile } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';

/**
 * A certificate to show or print: who holds what, since when, until when. Printing shows
 * the certificate alone, on one landscape page.
 */
@Component({
  selector: 'cadre-certificate-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules must reach outside this component (to hide the shell around it); every
  // rule is scoped under .cadre-certificate-page instead.
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="page cadre-certificate-page">
      @if (certification.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (certification.error()) {
        <cadre-error-state [message]="certification.error() | errorText" />
      } @else if (certification.hasValue()) {
        @let c = certification.value();
        <div class="tools">
          <a mat-stroked-button routerLink="/learning"
            ><mat-icon>arrow_back</mat-icon>{{ 'learning.backToMine' | t }}</a
          >
          <button
            mat-stroked-button
            type="button"
            [disabled]="downloading()"
            (click)="downloadPdf(c.id, c.code, c.issuedAt)"
            data-testid="certificate-pdf"
          >
            <mat-icon>picture_as_pdf</mat-icon>{{ 'learning.certificate.downloadPdf' | t }}
          </button>
          <button mat-flat-button type="button" (click)="print()" data-testid="print-certificate">
            <mat-icon>print</mat-icon>{{ 'learning.certificate.print' | t }}
          </button>
        </div>
        <article class="certificate" data-testid="certificate" [class.expired]="c.expired">
          <p class="eyebrow">{{ 'learning.certificate.title' | t }}</p>
          <p class="lead">{{ 'learning.certificate.certifies' | t }}</p>
          <h1 class="holder">{{ c.employeeName }}</h1>
          <p class="lead">{{ 'learning.certificate.completed' | t }}</p>
          <h2 class="course">{{ c.title | bilingual }}</h2>
          <p class="code">{{ c.code }}</p>
          <dl>
            <div>
              <dt>{{ 'learning.certificate.issued' | t }}</dt>
              <dd>{{ c.issuedAt | localDate }}</dd>
            </div>
            <div>
              <dt>{{ 'learning.certificate.validUntil' | t }}</dt>
              <dd>{{ c.expiresAt ? (c.expiresAt | localDate) : ('learning.noExpiry' | t) }}</dd>
            </div>
          </dl>
          @if (c.expired) {
            <p class="stamp">{{ 'learning.certificate.expired' | t }}</p>
          }
        </article>
      }
    </div>
  `,
  styles: `
    .cadre-certificate-page .tools {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 16px;
    }
    .cadre-certificate-page .certificate {
      max-width: 820px;
      margin: 0 auto;
      padding: 48px 32px;
      text-align: center;
      border: 6px double var(--mat-sys-primary);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .cadre-certificate-page .eyebrow {
      font: var(--mat-sys-label-large);
      letter-spacing: 0.2em;
      text-transform: uppercase;
      color: var(--mat-sys-primary);
    }
    .cadre-certificate-page .holder {
      font: var(--mat-sys-display-small);
      margin: 8px 0 16px;
      overflow-wrap: anywhere;
    }
    .cadre-certificate-page .course {
      font: var(--mat-sys-headline-small);
      margin: 8px 0 4px;
    }
    .cadre-certificate-page .code {
      color: var(--mat-sys-on-surface-variant);
    }
    .cadre-certificate-page dl {
      display: flex;
      justify-content: center;
      flex-wrap: wrap;
      gap: 16px 48px;
      margin: 32px 0 0;
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 4px 0 0;
        font: var(--mat-sys-title-medium);
      }
    }
    .cadre-certificate-page .stamp {
      color: var(--mat-sys-error);
      font: var(--mat-sys-title-medium);
      margin-top: 24px;
    }
    @media print {
      @page {
        size: landscape;
        margin: 12mm;
      }
      body * {
        visibility: hidden;
      }
      .cadre-certificate-page .certificate,
      .cadre-certificate-page .certificate * {
        visibility: visible;
      }
      .cadre-certificate-page .certificate {
        position: fixed;
        inset: 0;
        max-width: none;
        margin: 0;
        border-color: #1a4f8b;
        -webkit-print-color-adjust: exact;
        print-color-adjust: exact;
      }
    }
  `,
})
export class CertificatePageComponent {
  private readonly api = inject(LearningApi);
  private readonly notifier = inject(Notifier);

  readonly id = input.required<string>();

  protected readonly certification = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.certification(params),
  });

  protected readonly downloading = signal(false);

  protected print(): void {
    window.print();
  }

  /** The PDF the server draws (both languages, one page), saved under a name that says what it is. */
  protected downloadPdf(id: string, code: string, issuedAt: string): void {
    this.downloading.set(true);
    this.api.certificatePdf(id).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveFile(blob, `certificate-${code}-${issuedAt.slice(0, 10)}.pdf`);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.notifier.error(error);
      },
    });
  }
}
