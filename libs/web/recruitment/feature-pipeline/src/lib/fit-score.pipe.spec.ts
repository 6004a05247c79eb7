import { FitScorePipe } from './fit-score.pipe';

describe('FitScorePipe', () => {
  const pipe = new FitScorePipe();

  it.each([
    ['98.81', '98.8'],
    ['98.85', '98.9'],
    ['100.00', '100.0'],
    ['87.50', '87.5'],
    ['0', '0.0'],
  ])('shows %s as %s', (score, shown) => {
    expect(pipe.transform(score)).toBe(shown);
  });

  it('shows a dash for no score', () => {
    expect(pipe.transform(null)).toBe('—');
  });
});
