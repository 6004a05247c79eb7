import { Decimal } from './decimal';
import type { CalculationStep, LineTrace, Statement } from './statement';

/**
 * A statement as text a rep can read: every line with how its amount arose, then the
 * draw and balance. (Screens render the same structured trace in either language.)
 */
export function explainStatement(statement: Statement): string {
  const out: string[] = [];
  out.push(`Statement for ${statement.payee}, ${statement.period} (${statement.currency})`);
  const t = statement.trace;
  if (t.tenurePeriod !== null)
    out.push(`  Tenure period ${t.tenurePeriod}; quota multiplier ${t.rampMultiplier}`);
  for (const line of statement.lines) {
    const title = line.name ? `${line.component} (${line.name})` : line.component;
    out.push(`  ${title.padEnd(48)} ${line.amount.padStart(14)}`);
    for (const detail of explainLine(line.trace)) out.push(`      ${detail}`);
  }
  out.push(`  ${'Earnings'.padEnd(48)} ${statement.earnings.padStart(14)}`);
  if (t.planCap) out.push(`      lines total ${t.planCap.uncapped}, capped by the plan at ${t.planCap.cap}`);
  if (t.draw) {
    out.push(
      `      draw ${t.draw.amount} (${t.draw.recoverable ? 'recoverable' : 'non-recoverable'}): ` +
        (t.settlement === 'draw-paid'
          ? 'earnings below the draw, so the draw is paid'
          : 'earnings cover the draw'),
    );
  }
  out.push(
    `      owed before this period ${t.openingBalance}; recovered ${statement.recovered}; added ${t.balanceAdded}`,
  );
  out.push(`  ${'Payout'.padEnd(48)} ${statement.payout.padStart(14)}`);
  out.push(`  ${'Balance owed after this period'.padEnd(48)} ${statement.balance.padStart(14)}`);
  return out.join('\n');
}

export function explainLine(trace: LineTrace): string[] {
  const lines: string[] = [];
  const quota = trace.quota ? ` against quota ${trace.quota} (attainment ${percent(trace.attainment)})` : '';
  lines.push(`${trace.metric} total ${trace.basis}${quota}`);
  for (const step of trace.steps) lines.push(explainStep(step));
  if (trace.zeroedBy?.reason === 'certification') {
    lines.push(`pays 0: certification ${trace.zeroedBy.missing.join(', ')} not held by ${trace.zeroedBy.by}`);
  } else if (trace.zeroedBy?.reason === 'gate') {
    const g = trace.zeroedBy;
    lines.push(
      `pays 0: gate on ${g.metric} not met (${g.total} < ${g.required}, ${percent(g.minAttainment)} of quota)`,
    );
  }
  if (trace.capped) lines.push(`capped at ${trace.capped.cap} (was ${trace.capped.uncapped})`);
  lines.push(`exact ${trace.exact}, rounded ${trace.rounding}`);
  return lines;
}

function explainStep(step: CalculationStep): string {
  switch (step.step) {
    case 'rate':
      return `${step.basis} × ${step.rate} = ${step.amount}`;
    case 'band':
      return `band ${step.band} ${range(step.from, step.to)}: ${step.slice} × ${step.rate} = ${step.amount}`;
    case 'retroactive':
      return `total falls in band ${step.band} ${range(step.from, step.to)}: ${step.basis} × ${step.rate} = ${step.amount}`;
    case 'bonus':
      return step.met
        ? `reached the threshold ${step.threshold}: bonus ${step.amount}`
        : `below the threshold ${step.threshold}: no bonus`;
    case 'curve':
      if (step.position === 'below')
        return `below the curve's first point (${percent(step.from.attainment)}): ${step.amount}`;
      if (step.position === 'above')
        return `above the curve's last point (${percent(step.to.attainment)}): ${step.amount}`;
      return `on the curve between ${percent(step.from.attainment)} → ${step.from.payout} and ${percent(step.to.attainment)} → ${step.to.payout}: ${step.amount}`;
  }
}

function range(from: string | null, to: string | null): string {
  if (from === null && to === null) return '(all)';
  if (from === null) return `(up to ${to})`;
  if (to === null) return `(above ${from})`;
  return `(${from} to ${to})`;
}

function percent(ratio: string | null): string {
  if (ratio === null) return '—';
  return `${new Decimal(ratio).times(100).toDecimalPlaces(2).toFixed()}%`;
}
