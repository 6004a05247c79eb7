import type { Bilingual } from '../talent/talent.dto';
import type { LearningFileDto } from './learning.dto';

/** The sales tools the source handbook lists as enablement material. */
export const RESOURCE_KINDS = [
  'product-manual',
  'demo-deck',
  'case-study',
  'competitor-analysis',
  'pricing-guide',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Largest library file: decks and manuals are bigger than CVs. */
export const MAX_LIBRARY_FILE_BYTES = 25 * 1024 * 1024;

/** The content of one version: a stored file (uploaded first) or a link, never both. */
export interface ResourceVersionRequest {
  title: Bilingual;
  summary: Bilingual;
  url: string | null;
  fileId: string | null;
  /** What changed since the previous version; blank for the first. */
  changeNote: Bilingual;
}

export interface ResourceTagsRequest {
  kind: ResourceKind;
  /** Product lines and customer segments (org units of those kinds) it is for. */
  orgUnitIds: string[];
  competencyIds: string[];
}

export type CreateResourceRequest = ResourceVersionRequest & ResourceTagsRequest;

export interface ResourceVersionDto {
  id: string;
  version: number;
  title: Bilingual;
  summary: Bilingual;
  changeNote: Bilingual;
  url: string | null;
  file: LearningFileDto | null;
  publishedAt: string;
  publishedBy: string | null;
}

export interface LibraryResourceDto {
  id: string;
  kind: ResourceKind;
  /** The newest version: what everyone sees. */
  current: ResourceVersionDto;
  units: { id: string; name: string; kind: string }[];
  competencies: { id: string; code: string; name: Bilingual }[];
  /** For those who manage learning: opens in total and distinct people; null for others. */
  views: number | null;
  viewers: number | null;
}

export interface LibraryResourceDetailDto extends LibraryResourceDto {
  /** Every version, newest first (older ones kept for reference). */
  versions: ResourceVersionDto[];
}

export interface LibrarySearchQuery {
  /** Words matched in either language's title, summary and change note. */
  q?: string;
  kind?: ResourceKind;
  orgUnitId?: string;
  competencyId?: string;
}

/** Where to go after an open is recorded: the file's download address or the link. */
export interface ResourceOpenDto {
  href: string;
  external: boolean;
}
