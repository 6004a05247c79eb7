import { Decimal, groupDigits } from '@cadre/compensation/engine';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const pct = (rate: unknown) => `${new Decimal(String(rate)).times(100).toString()}%`;
const times = (ratio: unknown) => `${new Decimal(String(ratio)).times(100).toString()}%`;

/**
 * A stored plan in sentences a payee can read before acknowledging it: each component with
 * what it pays, then the cap and the draw. Reads the document format's plan object; parts it
 * does not know are left out rather than guessed.
 */
export function planSentences(
  document: Record<string, unknown> | null,
  t: Translate,
  /** A metric's name in the reader's language; its code where none is known. */
  metricName: (code: string) => string = (code) => code,
): string[] {
  if (!document) return [];
  const sentences: string[] = [];
  const components = Array.isArray(document['components'])
    ? (document['components'] as Record<string, unknown>[])
    : [];
  for (const c of components) {
    const name = String(c['name'] ?? c['id'] ?? '');
    const metric = metricName(String(c['metric'] ?? ''));
    const gate = c['gate'] as Record<string, unknown> | undefined;
    const requires = Array.isArray(c['requires']) ? (c['requires'] as string[]) : [];
    let what = '';
    // A rate of 1 or more is an amount per unit (a SPIF per new customer), not a share.
    if (c['type'] === 'rate')
      what = new Decimal(String(c['rate'])).gte(1)
        ? t('pay.plan.ratePerUnit', { amount: groupDigits(String(c['rate'])), metric })
        : t('pay.plan.rate', { rate: pct(c['rate']), metric });
    else if (c['type'] === 'tiered') {
      const tiers = (Array.isArray(c['tiers']) ? (c['tiers'] as Record<string, unknown>[]) : []).map(
        (tier) =>
          tier['upTo'] === null
            ? t('pay.plan.tierAbove', { rate: pct(tier['rate']) })
            : t(c['basis'] === 'amount' ? 'pay.plan.tierUpToAmount' : 'pay.plan.tierUpTo', {
                upTo: c['basis'] === 'amount' ? groupDigits(String(tier['upTo'])) : times(tier['upTo']),
                rate: pct(tier['rate']),
              }),
      );
      what = t(c['mode'] === 'retroactive' ? 'pay.plan.tieredRetro' : 'pay.plan.tiered', {
        metric,
        tiers: tiers.join('; '),
      });
    } else if (c['type'] === 'bonus')
      what =
        c['minAttainment'] !== undefined
          ? t('pay.plan.bonus', {
              amount: groupDigits(String(c['amount'])),
              min: times(c['minAttainment']),
              metric,
            })
          : t('pay.plan.bonusAmount', {
              amount: groupDigits(String(c['amount'])),
              min: groupDigits(String(c['minAmount'])),
              metric,
            });
    else if (c['type'] === 'curve') what = t('pay.plan.curve', { metric });
    const extras = [
      gate
        ? t('pay.plan.gate', {
            metric: metricName(String(gate['metric'])),
            min: times(gate['minAttainment']),
          })
        : '',
      requires.length ? t('pay.plan.requires', { codes: requires.join(', ') }) : '',
      c['cap'] !== undefined ? t('pay.plan.componentCap', { cap: groupDigits(String(c['cap'])) }) : '',
    ].filter(Boolean);
    sentences.push(`${name}: ${what}${extras.length ? ` (${extras.join('; ')})` : ''}`);
  }
  if (document['cap'] !== undefined)
    sentences.push(t('pay.plan.cap', { cap: groupDigits(String(document['cap'])) }));
  const draw = document['draw'] as Record<string, unknown> | undefined;
  if (draw)
    sentences.push(
      t(draw['recoverable'] === false ? 'pay.plan.drawGuaranteed' : 'pay.plan.drawRecoverable', {
        amount: groupDigits(String(draw['amount'])),
      }),
    );
  return sentences;
}
