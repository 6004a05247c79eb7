import { FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  CreateResourceRequest,
  LearningFileDto,
  LibraryResourceDetailDto,
  LibraryResourceDto,
  ResourceKind,
} from '@cadre/shared/contracts';

type Text = FormGroup<{ en: FormControl<string>; zh: FormControl<string> }>;

/**
 * A library resource's form, shaped like the API's request (title.en, url, fileId,
 * orgUnitIds …) so the server's field errors land on their fields. `source` is the
 * screen's own: whether the content is a link or a file.
 */
export type SalesResourceForm = FormGroup<{
  kind: FormControl<ResourceKind>;
  title: Text;
  summary: Text;
  changeNote: Text;
  source: FormControl<'link' | 'file'>;
  url: FormControl<string>;
  fileId: FormControl<LearningFileDto | null>;
  orgUnitIds: FormControl<string[]>;
  competencyIds: FormControl<string[]>;
}>;

const text = (value: string, max: number, required: boolean) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [...(required ? [Validators.required] : []), Validators.maxLength(max)],
  });
const bilingual = (value: { en: string; zh: string } | undefined, max: number, required = true): Text =>
  new FormGroup({ en: text(value?.en ?? '', max, required), zh: text(value?.zh ?? '', max, required) });

/** Empty for a new resource; for a new version, the current one's content and tags (the note blank). */
export function salesResourceForm(
  current?: LibraryResourceDto | LibraryResourceDetailDto,
): SalesResourceForm {
  const version = current?.current;
  return new FormGroup({
    kind: new FormControl<ResourceKind>(current?.kind ?? 'product-manual', { nonNullable: true }),
    title: bilingual(version?.title, 200),
    summary: bilingual(version?.summary, 2000),
    changeNote: bilingual(undefined, 500, false),
    source: new FormControl<'link' | 'file'>(version?.file ? 'file' : 'link', { nonNullable: true }),
    url: new FormControl(version?.url ?? '', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    fileId: new FormControl<LearningFileDto | null>(version?.file ?? null),
    orgUnitIds: new FormControl<string[]>(current?.units.map((u) => u.id) ?? [], { nonNullable: true }),
    competencyIds: new FormControl<string[]>(current?.competencies.map((c) => c.id) ?? [], {
      nonNullable: true,
    }),
  });
}

/** The request: the link or the file, whichever the source says, never both. */
export function toResourceRequest(form: SalesResourceForm): CreateResourceRequest {
  const raw = form.getRawValue();
  return {
    kind: raw.kind,
    title: raw.title,
    summary: raw.summary,
    changeNote: raw.changeNote,
    url: raw.source === 'link' ? raw.url.trim() || null : null,
    fileId: raw.source === 'file' ? (raw.fileId?.id ?? null) : null,
    orgUnitIds: raw.orgUnitIds,
    competencyIds: raw.competencyIds,
  };
}

/** Opens and distinct people ("Opens: 12 · people: 5"), for those who manage learning; null when the figures are not theirs. */
export function viewCounts(
  resource: Pick<LibraryResourceDto, 'views' | 'viewers'>,
): { views: number; viewers: number } | null {
  return resource.views === null || resource.viewers === null
    ? null
    : { views: resource.views, viewers: resource.viewers };
}
