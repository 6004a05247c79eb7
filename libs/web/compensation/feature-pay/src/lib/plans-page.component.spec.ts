import { jsonErrorPlace } from './plans-page.component';

describe('jsonErrorPlace', () => {
  const text = '{\n  "id": "ae",\n  "name" "x"\n}';
  const errorOf = (t: string) => {
    try {
      JSON.parse(t);
    } catch (error) {
      return error;
    }
    throw new Error('parsed');
  };

  it('finds the line and column where the text stops being JSON', () => {
    expect(jsonErrorPlace(text, errorOf(text))).toEqual({ line: 3, column: 10 });
  });

  it('reads either way a browser says where', () => {
    expect(jsonErrorPlace('ab\ncd', new SyntaxError('Unexpected token at position 4'))).toEqual({
      line: 2,
      column: 2,
    });
    expect(jsonErrorPlace('', new SyntaxError('Bad thing (line 7 column 3)'))).toEqual({
      line: 7,
      column: 3,
    });
    expect(jsonErrorPlace('{', new SyntaxError('Unexpected end'))).toEqual({ line: 1, column: 2 });
  });
});
