import { checkUpload, type CheckedFile } from '@cadre/api/core';

export const MAX_CV_BYTES = 5 * 1024 * 1024;

/** A CV that passed the checks, ready to store. */
export type CheckedCv = CheckedFile;

/** A CV is a PDF, DOCX or DOC of at most 5 MB whose content agrees with its name. */
export function checkCv(file: { originalname: string; size: number; buffer: Buffer } | undefined): CheckedCv {
  return checkUpload(file, {
    kinds: ['pdf', 'docx', 'doc'],
    maxBytes: MAX_CV_BYTES,
    what: 'the CV',
    fallbackName: 'cv',
  });
}
