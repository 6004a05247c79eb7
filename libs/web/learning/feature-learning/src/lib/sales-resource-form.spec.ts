import type { LibraryResourceDto } from '@cadre/shared/contracts';
import { salesResourceForm, toResourceRequest, viewCounts } from './sales-resource-form';

const resource: LibraryResourceDto = {
  id: 'r1',
  kind: 'case-study',
  current: {
    id: 'v2',
    version: 2,
    title: { en: 'Case study', zh: '案例' },
    summary: { en: 'A lab saved a day', zh: '实验室节省了一天' },
    changeNote: { en: 'New figures', zh: '新数据' },
    url: null,
    file: { id: 'f1', fileName: 'case.pdf', contentType: 'application/pdf', sizeBytes: 1000 },
    publishedAt: '2026-11-24T12:00:00.000Z',
    publishedBy: 'Zhao Xin',
  },
  units: [{ id: 'u1', name: 'Analytics', kind: 'product_line' }],
  competencies: [{ id: 'c1', code: 'needs-analysis', name: { en: 'Needs analysis', zh: '需求分析' } }],
  views: 12,
  viewers: 5,
};

describe('the library resource form', () => {
  it('starts a new version from the current content, with a blank change note', () => {
    const request = toResourceRequest(salesResourceForm(resource));
    expect(request).toEqual({
      kind: 'case-study',
      title: { en: 'Case study', zh: '案例' },
      summary: { en: 'A lab saved a day', zh: '实验室节省了一天' },
      changeNote: { en: '', zh: '' },
      url: null,
      fileId: 'f1',
      orgUnitIds: ['u1'],
      competencyIds: ['c1'],
    });
  });

  it('sends the link or the file, whichever the source says', () => {
    const form = salesResourceForm(resource);
    form.controls.source.setValue('link');
    form.controls.url.setValue('  https://intranet.example/case  ');
    expect(toResourceRequest(form)).toMatchObject({ url: 'https://intranet.example/case', fileId: null });
    form.controls.url.setValue('');
    expect(toResourceRequest(form)).toMatchObject({ url: null, fileId: null });
  });

  it('shows view counts only when the API gives them', () => {
    expect(viewCounts(resource)).toEqual({ views: 12, viewers: 5 });
    expect(viewCounts({ views: null, viewers: null })).toBeNull();
  });
});
