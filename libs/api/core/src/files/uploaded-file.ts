import { InvalidInputError } from '../errors/domain-errors';

/** The kinds of document Cadre stores: CVs, course handouts and sales enablement files. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'pptx' | 'xlsx';

type DocumentType = {
  contentType: string;
  magic: number[];
  /** Null when the file has the structure of its type, or what is wrong with it. */
  structure: (buffer: Buffer) => string | null;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

const TYPES: Record<DocumentKind, DocumentType> = {
  pdf: {
    contentType: 'application/pdf',
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d] /* %PDF- */,
    structure: pdfStructure,
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: ZIP,
    structure: (b) => officeStructure(b, 'word/document.xml', 'Word document'),
  },
  doc: {
    contentType: 'application/msword',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2
    structure: docStructure,
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: ZIP,
    structure: (b) => officeStructure(b, 'ppt/presentation.xml', 'PowerPoint presentation'),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: ZIP,
    structure: (b) => officeStructure(b, 'xl/workbook.xml', 'Excel workbook'),
  },
};

/** What an upload must be: which kinds, how large, and what to call it in messages. */
export interface UploadRules {
  kinds: readonly DocumentKind[];
  maxBytes: number;
  /** "the CV", "the PDF": named in the message when the file is missing. */
  what: string;
  /** The name to store when the uploaded one has nothing usable, without extension. */
  fallbackName: string;
}

/** An upload that passed the checks, ready to store. */
export interface CheckedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Accepts a file only when its name, its first bytes and its structure agree on one of the
 * allowed kinds, and it is within the size limit. The browser's declared type is ignored:
 * anyone can lie about it; and a file that merely starts like a PDF (`%PDF-` and then a web
 * page, say) is refused. Every refusal is a field error on `file`.
 */
export function checkUpload(
  file: { originalname: string; size: number; buffer: Buffer } | undefined,
  rules: UploadRules,
): CheckedFile {
  const names = rules.kinds.map((k) => k.toUpperCase());
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  if (!file)
    throw InvalidInputError.field(
      'file',
      `attach ${rules.what} as the multipart field "file"`,
      'file_missing',
    );
  if (file.size === 0) throw InvalidInputError.field('file', 'is empty', 'file_empty');
  if (file.size > rules.maxBytes)
    throw InvalidInputError.field('file', `must be at most ${megabytes(rules.maxBytes)}`, 'file_too_big', {
      max: megabytes(rules.maxBytes),
    });
  const extension = file.originalname.toLowerCase().split('.').pop() ?? '';
  const kind = rules.kinds.find((k) => k === extension);
  if (!kind)
    throw InvalidInputError.field('file', `must be a ${listed} file`, 'file_type', {
      types: names.join(', '),
    });
  const type = TYPES[kind];
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
    file.originalname.replace(/[^\w.\- ()\u4e00-\u9fff]/g, '_').slice(-120) ||
    `${rules.fallbackName}.${extension}`;
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

function officeStructure(buffer: Buffer, mainPart: string, noun: string): string | null {
  // The end-of-central-directory record sits in the last 64 KB (+22 bytes) of any zip.
  const tail = buffer.subarray(Math.max(0, buffer.length - 65_557));
  if (tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) < 0) return 'not a complete zip archive';
  const text = buffer.toString('latin1');
  if (!text.includes('[Content_Types].xml') || !text.includes(mainPart))
    return `no ${noun} inside the archive`;
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
