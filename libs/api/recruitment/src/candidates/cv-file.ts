import { InvalidInputError } from '@cadre/api/core';

export const MAX_CV_BYTES = 5 * 1024 * 1024;

const TYPES = [
  { extension: 'pdf', contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  }, // zip
  {
    extension: 'doc',
    contentType: 'application/msword',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  }, // OLE2
] as const;

/**
 * Accepts a CV only when its name and its first bytes agree on PDF, DOCX or DOC, and it is
 * at most 5 MB. The browser's declared type is ignored: anyone can lie about it.
 */
export function checkCv(file: { originalname: string; size: number; buffer: Buffer } | undefined): {
  fileName: string;
  contentType: string;
} {
  if (!file) throw InvalidInputError.field('file', 'attach the CV as the multipart field "file"');
  if (file.size === 0) throw InvalidInputError.field('file', 'is empty');
  if (file.size > MAX_CV_BYTES) throw InvalidInputError.field('file', 'must be at most 5 MB');
  const extension = file.originalname.toLowerCase().split('.').pop() ?? '';
  const type = TYPES.find((t) => t.extension === extension);
  if (!type) throw InvalidInputError.field('file', 'must be a PDF, DOCX or DOC file');
  if (!type.magic.every((byte, i) => file.buffer[i] === byte)) {
    throw InvalidInputError.field(
      'file',
      `is named .${extension} but its content is not a ${extension.toUpperCase()} file`,
    );
  }
  const fileName =
    file.originalname.replace(/[^\w.\- ()\u4e00-\u9fff]/g, '_').slice(-120) || `cv.${extension}`;
  return { fileName, contentType: type.contentType };
}
