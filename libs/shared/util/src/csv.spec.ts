import { csvCell, csvDocument } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses formulas but keeps negative numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-1250.50')).toBe('-1250.50');
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes a BOM and CRLF lines', () => {
    expect(
      csvDocument([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\ufeffa,1\r\nb,2\r\n');
  });
});
