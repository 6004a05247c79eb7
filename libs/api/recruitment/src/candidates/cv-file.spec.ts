import { checkCv, MAX_CV_BYTES } from './cv-file';

const file = (originalname: string, content: Buffer | number[], size?: number) => {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { originalname, size: size ?? buffer.length, buffer };
};

/** The smallest PDF with the structure checkCv asks for. */
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\nstartxref\n9\n%%EOF\n',
  'latin1',
);

/** A zip whose entries name a Word document, ending in its central directory record. */
const MINIMAL_DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('....[Content_Types].xml....word/document.xml....', 'latin1'),
  Buffer.from([0x50, 0x4b, 0x05, 0x06]),
  Buffer.alloc(18),
]);

/** An OLE2 header (little-endian, 512-byte sectors) with a WordDocument stream name. */
function minimalDoc(): Buffer {
  const doc = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc, 0);
  doc.writeUInt16LE(0xfffe, 0x1c);
  doc.writeUInt16LE(9, 0x1e);
  Buffer.from('WordDocument', 'utf16le').copy(doc, 1024);
  return doc;
}

describe('checkCv', () => {
  it('accepts a PDF, a DOCX and a DOC whose names, first bytes and structure agree', () => {
    expect(checkCv(file('Zhang Wei CV.pdf', MINIMAL_PDF))).toEqual({
      fileName: 'Zhang Wei CV.pdf',
      contentType: 'application/pdf',
      content: MINIMAL_PDF,
    });
    expect(checkCv(file('cv.DOCX', MINIMAL_DOCX)).contentType).toContain('wordprocessingml');
    expect(checkCv(file('cv.doc', minimalDoc())).contentType).toBe('application/msword');
  });

  it('refuses a file whose content does not match its name', () => {
    expect(() => checkCv(file('cv.pdf', [0x4d, 0x5a, 0x90, 0x00, 0x03]))).toThrow(/content is not a PDF/);
  });

  it.each([
    ['%PDF- followed by a web page', Buffer.from('%PDF-<html><script>alert(1)</script></html>')],
    [
      'a versioned header with a page behind it',
      Buffer.from('%PDF-1.7\n<!doctype html><body>hi</body>\nstartxref\n1\n%%EOF'),
    ],
    ['a PDF header with nothing after it', Buffer.from('%PDF-1.4\n')],
    ['no end-of-file marker', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n')],
    [
      'a page hidden behind padding',
      Buffer.from(
        `%PDF-1.7\n1 0 obj <<>> endobj\n${' '.repeat(2048)}<script>alert(1)</script>\nstartxref\n9\n%%EOF\n`,
      ),
    ],
  ])('refuses a file that only starts like a PDF: %s', (_what, content) => {
    expect(() => checkCv(file('cv.pdf', content))).toThrow(/content is not a PDF file \(/);
  });

  it('refuses a zip that is no Word document, and an OLE2 header with nothing inside', () => {
    const zip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('notes.txt'),
      Buffer.from([0x50, 0x4b, 0x05, 0x06]),
      Buffer.alloc(18),
    ]);
    expect(() => checkCv(file('cv.docx', zip))).toThrow(/no Word document inside/);
    expect(() => checkCv(file('cv.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(
      /too short/,
    );
  });

  it('refuses other types, empty files, big files and a missing file', () => {
    expect(() => checkCv(file('cv.exe', [0x4d, 0x5a]))).toThrow(/PDF, DOCX or DOC/);
    expect(() => checkCv(file('cv.pdf', []))).toThrow(/empty/);
    expect(() => checkCv(file('cv.pdf', MINIMAL_PDF, MAX_CV_BYTES + 1))).toThrow(/5 MB/);
    expect(() => checkCv(undefined)).toThrow(/multipart field "file"/);
  });

  it('keeps names safe to send back in a header', () => {
    expect(checkCv(file('../../etc/passwd";.pdf', MINIMAL_PDF)).fileName).toBe('.._.._etc_passwd__.pdf');
  });
});
