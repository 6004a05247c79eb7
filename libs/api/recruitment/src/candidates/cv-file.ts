import { InvalidInputError } from '@cadre/api/core';

export const MAX_CV_BYTES = 5 * 1024 * 1024;

type CvType = {
  extension: 'pdf' | 'docx' | 'doc';
  contentType: string;
  magic: number[];
  /** Null when the file has the structure of its type, or what is wrong with it. */
  structure: (buffer: Buffer) => string | null;
};

const TYPES: CvType[] = [
  {
    extension: 'pdf',
    contentType: 'application/pdf',
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
    structure: pdfStructure,
  },
  {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04], // a zip
    structure: docxStructure,
  },
  {
    extension: 'doc',
    contentType: 'application/msword',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2
    structure: docStructure,
  },
];

/**
 * Accepts a CV only when its name, its first bytes and its structure agree on PDF, DOCX
 * or DOC, and it is at most 5 MB. The browser's declared type is ignored: anyone can lie
 * about it; and a file that merely starts like a PDF (`%PDF-` and then a web page, say)
 * is refused.
 */
/** A CV that passed the checks, ready to store. */
export interface CheckedCv {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export function checkCv(file: { originalname: string; size: number; buffer: Buffer } | undefined): CheckedCv {
  if (!file)
    throw InvalidInputError.field('file', 'attach the CV as the multipart field "file"', 'file_missing');
  if (file.size === 0) throw InvalidInputError.field('file', 'is empty', 'file_empty');
  if (file.size > MAX_CV_BYTES)
    throw InvalidInputError.field('file', 'must be at most 5 MB', 'file_too_big', { max: '5 MB' });
  const extension = file.originalname.toLowerCase().split('.').pop() ?? '';
  const type = TYPES.find((t) => t.extension === extension);
  if (!type)
    throw InvalidInputError.field('file', 'must be a PDF, DOCX or DOC file', 'file_type', {
      types: 'PDF, DOCX, DOC',
    });
  const problem = type.magic.every((byte, i) => file.buffer[i] === byte) ? type.structure(file.buffer) : '';
  if (problem !== null) {
    throw InvalidInputError.field(
      'file',
      `is named .${extension} but its content is not a ${extension.toUpperCase()} file${problem ? ` (${problem})` : ''}`,
      'file_content',
      { type: extension.toUpperCase() },
    );
  }
  const fileName =
    file.originalname.replace(/[^\w.\- ()\u4e00-\u9fff]/g, '_').slice(-120) || `cv.${extension}`;
  return { fileName, contentType: type.contentType, content: file.buffer };
}

/** Markup a browser would render if it ever sniffed the file as a page. */
const MARKUP = /<(!doctype|html|head|body|script|iframe|svg|object|embed|meta)\b/i;

function pdfStructure(buffer: Buffer): string | null {
  const text = buffer.toString('latin1');
  if (!/^%PDF-[12]\.\d/.test(text)) return 'no PDF version after %PDF-';
  // Anywhere, not only at the start: padding before a page must not hide it.
  if (MARKUP.test(text)) return 'it holds web page markup';
  const tail = text.slice(Math.max(0, text.length - 2048));
  if (!/startxref\s+\d+\s+%%EOF/.test(tail)) return 'no cross-reference table and end-of-file marker';
  if (!/\d+\s+\d+\s+obj\b/.test(text)) return 'no PDF objects';
  return null;
}

function docxStructure(buffer: Buffer): string | null {
  // The end-of-central-directory record sits in the last 64 KB (+22 bytes) of any zip.
  const tail = buffer.subarray(Math.max(0, buffer.length - 65_557));
  if (tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) < 0) return 'not a complete zip archive';
  const text = buffer.toString('latin1');
  if (!text.includes('[Content_Types].xml') || !text.includes('word/document.xml'))
    return 'no Word document inside the archive';
  return null;
}

function docStructure(buffer: Buffer): string | null {
  if (buffer.length < 1536) return 'too short for a compound document';
  // Byte-order mark 0xFFFE (little-endian) and a sector size of 2^9 or 2^12.
  if (buffer.readUInt16LE(0x1c) !== 0xfffe || ![9, 12].includes(buffer.readUInt16LE(0x1e)))
    return 'not a compound document header';
  if (!buffer.includes(Buffer.from('WordDocument', 'utf16le'))) return 'no Word document stream';
  return null;
}
