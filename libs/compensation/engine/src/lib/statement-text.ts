import { Decimal } from './decimal';
import type { CalculationStep, LineTrace, Statement } from './statement';

/**
 * Looks a key up in the reader's language: the web's I18n.t, or on the server `wordsOf()`
 * over the statement's dictionaries (statement-words.*.ts).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A decimal string with its digits grouped, exactly as written: never through a JavaScript
 * number, which would round amounts beyond 15 digits.
 */
export function groupDigits(value: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** An attainment ratio ("1.08333…") as a percentage to one decimal place ("108.3%"). */
export function percent(ratio: string): string {
  return `${new Decimal(ratio).times(100).toDecimalPlaces(1).toString()}%`;
}

/**
 * How each number of a statement line arose, one sentence per step, in the reader's language;
 * `metricName` names a metric by its code in that language (the code itself when not given).
 */
export function explainLine(
  trace: LineTrace,
  t: Translate,
  metricName: (code: string) => string = (code) => code,
): string[] {
  const lines: string[] = [];
  lines.push(
    trace.quota !== null && trace.attainment !== null
      ? t('compensation.trace.basisQuota', {
          metric: metricName(trace.metric),
          basis: groupDigits(trace.basis),
          quota: groupDigits(trace.quota),
          attainment: percent(trace.attainment),
        })
      : t('compensation.trace.basis', { metric: metricName(trace.metric), basis: groupDigits(trace.basis) }),
  );
  for (const step of trace.steps) lines.push(explainStep(step, t));
  const zeroed = trace.zeroedBy;
  if (zeroed?.reason === 'certification') {
    lines.push(t('compensation.trace.certification', { names: zeroed.missing.join(', '), date: zeroed.by }));
  } else if (zeroed?.reason === 'gate') {
    lines.push(
      t('compensation.trace.gate', {
        metric: metricName(zeroed.metric),
        total: groupDigits(zeroed.total),
        required: groupDigits(zeroed.required),
        share: percent(zeroed.minAttainment),
      }),
    );
  }
  if (trace.capped) {
    lines.push(
      t('compensation.trace.capped', {
        cap: groupDigits(trace.capped.cap),
        uncapped: groupDigits(trace.capped.uncapped),
      }),
    );
  }
  lines.push(
    t('compensation.trace.rounding', {
      exact: groupDigits(trace.exact),
      rounding: t(`compensation.rounding.${trace.rounding}`),
    }),
  );
  return lines;
}

function explainStep(step: CalculationStep, t: Translate): string {
  switch (step.step) {
    case 'rate':
      return t('compensation.trace.rate', {
        basis: groupDigits(step.basis),
        rate: step.rate,
        amount: groupDigits(step.amount),
      });
    case 'band':
      return t('compensation.trace.band', {
        band: step.band,
        range: range(step.from, step.to, t),
        slice: groupDigits(step.slice),
        rate: step.rate,
        amount: groupDigits(step.amount),
      });
    case 'retroactive':
      return t('compensation.trace.retroactive', {
        band: step.band,
        range: range(step.from, step.to, t),
        basis: groupDigits(step.basis),
        rate: step.rate,
        amount: groupDigits(step.amount),
      });
    case 'bonus':
      return step.met
        ? t('compensation.trace.bonusMet', {
            threshold: groupDigits(step.threshold),
            amount: groupDigits(step.amount),
          })
        : t('compensation.trace.bonusMissed', { threshold: groupDigits(step.threshold) });
    case 'curve':
      if (step.position === 'below') {
        return t('compensation.trace.curveBelow', {
          attainment: percent(step.from.attainment),
          amount: groupDigits(step.amount),
        });
      }
      if (step.position === 'above') {
        return t('compensation.trace.curveAbove', {
          attainment: percent(step.to.attainment),
          amount: groupDigits(step.amount),
        });
      }
      return t('compensation.trace.curveBetween', {
        fromAttainment: percent(step.from.attainment),
        fromPayout: groupDigits(step.from.payout),
        toAttainment: percent(step.to.attainment),
        toPayout: groupDigits(step.to.payout),
        amount: groupDigits(step.amount),
      });
  }
}

function range(from: string | null, to: string | null, t: Translate): string {
  if (from === null && to === null) return t('compensation.trace.rangeAll');
  if (from === null) return t('compensation.trace.rangeUpTo', { to: groupDigits(to as string) });
  if (to === null) return t('compensation.trace.rangeAbove', { from: groupDigits(from) });
  return t('compensation.trace.rangeBetween', { from: groupDigits(from), to: groupDigits(to) });
}

/** The statement's own steps after its lines: tenure and ramp, plan cap, draw, balance. */
export function explainSettlement(statement: Statement, t: Translate): string[] {
  const trace = statement.trace;
  const lines: string[] = [];
  // Only while a new-hire ramp lowers the quota: "period 87, multiplier 1" says nothing to a reader.
  if (trace.tenurePeriod !== null && !new Decimal(trace.rampMultiplier).equals(1)) {
    lines.push(
      t('compensation.statement.tenure', {
        period: trace.tenurePeriod,
        share: percent(trace.rampMultiplier),
      }),
    );
  }
  if (trace.planCap) {
    lines.push(
      t('compensation.statement.planCap', {
        uncapped: groupDigits(trace.planCap.uncapped),
        cap: groupDigits(trace.planCap.cap),
      }),
    );
  }
  if (trace.draw) {
    lines.push(
      t(
        trace.settlement === 'draw-paid'
          ? 'compensation.statement.drawPaid'
          : 'compensation.statement.drawCovered',
        {
          amount: groupDigits(trace.draw.amount),
          kind: t(
            trace.draw.recoverable
              ? 'compensation.statement.recoverable'
              : 'compensation.statement.nonRecoverable',
          ),
        },
      ),
    );
  }
  lines.push(
    t('compensation.statement.balanceSteps', {
      opening: groupDigits(trace.openingBalance),
      recovered: groupDigits(statement.recovered),
      added: groupDigits(trace.balanceAdded),
    }),
  );
  return lines;
}

/** A Translate over one of the statement dictionaries, filling `{param}` as the web does. */
export function wordsOf(words: Readonly<Record<string, string>>): Translate {
  return (key, params) =>
    (words[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
