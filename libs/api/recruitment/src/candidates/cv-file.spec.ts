import { checkCv, MAX_CV_BYTES } from './cv-file';

const file = (originalname: string, bytes: number[], size = bytes.length) => ({
  originalname,
  size,
  buffer: Buffer.from(bytes),
});

describe('checkCv', () => {
  it('accepts a PDF, a DOCX and a DOC whose first bytes match their names', () => {
    expect(checkCv(file('Zhang Wei CV.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toEqual({
      fileName: 'Zhang Wei CV.pdf',
      contentType: 'application/pdf',
    });
    expect(checkCv(file('cv.DOCX', [0x50, 0x4b, 0x03, 0x04, 0x14])).contentType).toContain(
      'wordprocessingml',
    );
    expect(checkCv(file('cv.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).contentType).toBe(
      'application/msword',
    );
  });

  it('refuses a file whose content does not match its name', () => {
    expect(() => checkCv(file('cv.pdf', [0x4d, 0x5a, 0x90, 0x00, 0x03]))).toThrow(/content is not a PDF/);
  });

  it('refuses other types, empty files, big files and a missing file', () => {
    expect(() => checkCv(file('cv.exe', [0x4d, 0x5a]))).toThrow(/PDF, DOCX or DOC/);
    expect(() => checkCv(file('cv.pdf', []))).toThrow(/empty/);
    expect(() => checkCv(file('cv.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], MAX_CV_BYTES + 1))).toThrow(/5 MB/);
    expect(() => checkCv(undefined)).toThrow(/multipart field "file"/);
  });

  it('keeps names safe to send back in a header', () => {
    expect(checkCv(file('../../etc/passwd";.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d])).fileName).toBe(
      '.._.._etc_passwd__.pdf',
    );
  });
});
