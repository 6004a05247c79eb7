import { copyField, copyTextArray } from './copy-text';

describe('COPY text encoding', () => {
  it('escapes what the text format gives meaning to, and writes null for a missing column', () => {
    expect(copyField('plain')).toBe('plain');
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyField(undefined)).toBe('\\N');
  });

  it('writes text arrays with empty cells as nulls, quotes and backslashes escaped twice', () => {
    expect(copyTextArray(['1.5', '', undefined, 'a"b\\c'])).toBe('{"1.5",NULL,NULL,"a\\\\"b\\\\\\\\c"}');
  });
});
