import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import { DEMO_EMPLOYEES, DEMO_UNITS } from './demo-company';
import { insertRows } from './insert-rows';

export interface PerformanceSeedContext {
  today: string;
  employeeId: (key: string) => string;
  unitId: (key: string) => string;
}

/** The six metrics of the demo company. */
export const DEMO_METRICS = [
  {
    code: 'revenue',
    name_en: 'Revenue',
    name_zh: '收入',
    unit: 'money',
    currency: 'CNY',
    aggregation: 'sum',
  },
  {
    code: 'gross_margin',
    name_en: 'Gross margin',
    name_zh: '毛利',
    unit: 'money',
    currency: 'CNY',
    aggregation: 'sum',
  },
  {
    code: 'new_customers',
    name_en: 'New customers',
    name_zh: '新客户',
    unit: 'count',
    currency: null,
    aggregation: 'count',
  },
  {
    code: 'cash_collected',
    name_en: 'Cash collected',
    name_zh: '回款',
    unit: 'money',
    currency: 'CNY',
    aggregation: 'sum',
  },
  { code: 'units', name_en: 'Units', name_zh: '销售台数', unit: 'count', currency: null, aggregation: 'sum' },
  {
    code: 'qualified_meetings',
    name_en: 'Qualified meetings',
    name_zh: '有效拜访',
    unit: 'count',
    currency: null,
    aggregation: 'sum',
  },
] as const;

/** Units whose people sell; their managers are credited as overlays on their team's deals. */
const SELLING_UNITS = ['analytics', 'key-accounts', 'west-mixed', 'inside'];
/** About 20,000 transactions over the twelve months up to today. */
const TRANSACTIONS = 20_000;
/** Each seller's target is their actual divided by this: the rep stands at 85% of the quarter. */
const ATTAINMENT: Record<string, string> = {
  rep: '0.85',
  'ae-1': '1.12',
  'ae-2': '0.96',
  'ae-3': '0.74',
  'kam-4': '1.05',
};

/** A small deterministic generator, so every demo database holds the same sales. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
function addMonths(first: string, n: number): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}
const daysIn = (first: string) =>
  new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 0)).getUTCDate();
const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3);

/**
 * Metrics, the fiscal calendar (calendar years; every month before this one closed),
 * about 20,000 credited transactions over twelve months with splits, overlays and a few
 * cancellations, monthly totals, and revenue targets for this quarter cascaded from the
 * company through regions and teams to every seller, the rep at 85% of theirs.
 */
export async function seedDemoPerformance(
  tx: EntityManager,
  ctx: PerformanceSeedContext,
): Promise<{ transactions: number }> {
  const metricIds = new Map(DEMO_METRICS.map((m) => [m.code, randomUUID()]));
  await insertRows(
    tx,
    'metrics',
    DEMO_METRICS.map((m, i) => ({
      id: metricIds.get(m.code),
      ...m,
      higher_is_better: true,
      position: i + 1,
    })),
  );

  // Calendar years, fiscal year = calendar year; the last twelve months and the rest of this year.
  const thisMonth = monthStart(ctx.today);
  const first = addMonths(thisMonth, -11);
  await tx.query(`insert into fiscal_calendar (id, year_start_month) values (1, 1)`);
  for (let year = Number(first.slice(0, 4)); year <= Number(thisMonth.slice(0, 4)); year++)
    await tx.query(
      `with start as (select make_date($1, 1, 1) as d)
       insert into fiscal_periods (kind, key, fiscal_year, starts_on, ends_on, closed_at)
       select kind, key, $1, starts_on, ends_on, case when kind = 'month' and ends_on < $2::date then now() end from (
         select 'month' as kind, to_char(d + i * interval '1 month', 'YYYY-MM') as key,
                (d + i * interval '1 month')::date as starts_on,
                (d + (i + 1) * interval '1 month' - interval '1 day')::date as ends_on from start, generate_series(0, 11) i
         union all
         select 'quarter', $1 || '-Q' || (q + 1), (d + 3 * q * interval '1 month')::date,
                (d + 3 * (q + 1) * interval '1 month' - interval '1 day')::date from start, generate_series(0, 3) q
         union all
         select 'year', 'FY' || $1, d, (d + interval '1 year' - interval '1 day')::date from start) p`,
      [year, thisMonth],
    );

  // Sellers, with the day they started and their unit's manager (the overlay).
  const units = new Map(DEMO_UNITS.map((u) => [u.key, u]));
  const sellers = DEMO_EMPLOYEES.filter(
    (e) => SELLING_UNITS.includes(e.unit) && units.get(e.unit)?.manager !== e.key && e.status !== 'left',
  ).map((e) => ({
    key: e.key,
    unit: e.unit,
    manager: units.get(e.unit)?.manager ?? null,
    from:
      typeof e.hired === 'string'
        ? e.hired
        : new Date(Date.parse(ctx.today) - e.hired.daysAgo * 86_400_000).toISOString().slice(0, 10),
  }));
  const rand = random(20261129);
  const regionOf: Record<string, string> = {
    analytics: 'East',
    'key-accounts': 'East',
    'west-mixed': 'West',
    inside: 'West',
  };
  const lineOf: Record<string, string> = {
    analytics: 'Analytics',
    'key-accounts': 'Process',
    'west-mixed': 'Analytics',
    inside: 'Lab',
  };
  const segmentOf: Record<string, string> = {
    analytics: 'Mid-market',
    'key-accounts': 'Enterprise',
    'west-mixed': 'Mid-market',
    inside: 'SMB',
  };

  const transactions: Record<string, unknown>[] = [];
  const credits: { external: string; employee: string; share: string; overlay: boolean; on: string }[] = [];
  for (let i = 0; i < TRANSACTIONS; i++) {
    const seller = sellers[Math.floor(rand() * sellers.length)] ?? sellers[0];
    if (!seller) break;
    const month = addMonths(first, Math.floor(rand() * 12));
    const lastDay = month === thisMonth ? Number(ctx.today.slice(8, 10)) : daysIn(month);
    const on = `${month.slice(0, 8)}${String(1 + Math.floor(rand() * lastDay)).padStart(2, '0')}`;
    if (on < seller.from || on > ctx.today) continue;
    const big = seller.unit === 'key-accounts' ? 4 : seller.unit === 'inside' ? 0.4 : 1;
    const revenue = new Decimal(Math.round((8000 + rand() * 60000) * big)).toFixed(2);
    const values: Record<string, string> = {
      revenue,
      gross_margin: new Decimal(revenue).times(0.3 + rand() * 0.15).toFixed(2),
      cash_collected: new Decimal(revenue).times(rand() < 0.8 ? 1 : 0.5).toFixed(2),
      units: String(1 + Math.floor(rand() * 6 * big)),
      qualified_meetings: String(Math.floor(rand() * 3)),
    };
    if (rand() < 0.12) values['new_customers'] = '1';
    const external = `CRM-${String(i + 1).padStart(6, '0')}`;
    transactions.push({
      source: 'crm',
      external_id: external,
      occurred_on: on,
      customer: `Customer ${1 + Math.floor(rand() * 600)}`,
      product_line: lineOf[seller.unit],
      region: regionOf[seller.unit],
      segment: segmentOf[seller.unit],
      metric_values: values,
      fingerprint: external,
    });
    // One deal in ten is split with a colleague of the same team.
    const partner =
      rand() < 0.1
        ? sellers.find((s) => s.unit === seller.unit && s.key !== seller.key && s.from <= on)
        : undefined;
    if (partner) {
      credits.push({ external, employee: seller.key, share: '0.5', overlay: false, on });
      credits.push({ external, employee: partner.key, share: '0.5', overlay: false, on });
    } else credits.push({ external, employee: seller.key, share: '1', overlay: false, on });
    if (seller.manager && rand() < 0.25)
      credits.push({ external, employee: seller.manager, share: '1', overlay: true, on });
  }
  // A few cancellations, in an open month, linked to their originals.
  const cancelled = transactions
    .filter((t) => String(t['occurred_on']) < addMonths(thisMonth, -1))
    .slice(0, 40);
  for (const [i, original] of cancelled.entries()) {
    const external = `CRM-C${String(i + 1).padStart(4, '0')}`;
    const values = Object.fromEntries(
      Object.entries(original['metric_values'] as Record<string, string>).map(([k, v]) => [
        k,
        new Decimal(v).negated().toString(),
      ]),
    );
    transactions.push({
      ...original,
      external_id: external,
      occurred_on: ctx.today,
      metric_values: values,
      fingerprint: external,
      reverses: original['external_id'],
    });
    for (const c of credits.filter((x) => x.external === original['external_id']))
      credits.push({ ...c, external, on: ctx.today });
  }

  await insertRows(
    tx,
    'sales_transactions',
    transactions.map(({ reverses: _r, ...t }) => t),
  );
  await tx.query(
    `update sales_transactions t set reverses_id = o.id
       from unnest($1::text[], $2::text[]) as r(external_id, original)
       join sales_transactions o on o.source = 'crm' and o.external_id = r.original
      where t.source = 'crm' and t.external_id = r.external_id`,
    [
      transactions.filter((t) => t['reverses']).map((t) => t['external_id']),
      transactions.filter((t) => t['reverses']).map((t) => t['reverses']),
    ],
  );
  await tx.query(
    `insert into sales_credits (transaction_id, employee_id, share, overlay, occurred_on)
     select t.id, c.employee_id, c.share, c.overlay, c.occurred_on
       from jsonb_to_recordset($1::jsonb) as c(external text, employee_id uuid, share numeric, overlay boolean, occurred_on date)
       join sales_transactions t on t.source = 'crm' and t.external_id = c.external`,
    [
      JSON.stringify(
        credits.map((c) => ({
          external: c.external,
          employee_id: ctx.employeeId(c.employee),
          share: c.share,
          overlay: c.overlay,
          occurred_on: c.on,
        })),
      ),
    ],
  );
  // The monthly totals the merge keeps, computed once from every credit.
  await tx.query(
    `insert into credited_totals (employee_id, metric_id, month, amount, weight, counted, overlay_amount,
                                  overlay_weight, overlay_counted)
     select c.employee_id, m.id, date_trunc('month', c.occurred_on)::date, sum(v.value::numeric * c.share), sum(c.share),
            sum(sign(v.value::numeric) * c.share),
            coalesce(sum(v.value::numeric * c.share) filter (where c.overlay), 0),
            coalesce(sum(c.share) filter (where c.overlay), 0),
            coalesce(sum(sign(v.value::numeric) * c.share) filter (where c.overlay), 0)
       from sales_credits c join sales_transactions t on t.id = c.transaction_id
      cross join lateral jsonb_each_text(t.metric_values) as v(key, value)
       join metrics m on m.code = v.key
      group by 1, 2, 3`,
  );

  await seedTargets(
    tx,
    ctx,
    metricIds.get('revenue') ?? '',
    sellers.map((s) => ({ key: s.key, unit: s.unit })),
  );
  return { transactions: transactions.length };
}

/**
 * This quarter's revenue targets: each seller's is their quarter-to-date revenue over their
 * attainment (85% for the rep, 90% for most), rounded to the thousand; each unit's is the sum
 * of its children's, linked as a cascade from the company down, so every level adds up.
 */
async function seedTargets(
  tx: EntityManager,
  ctx: PerformanceSeedContext,
  revenueId: string,
  sellers: { key: string; unit: string }[],
): Promise<void> {
  const [quarter] = (await tx.query(
    `select id, starts_on::text as "startsOn" from fiscal_periods where kind = 'quarter' and $1::date between starts_on and ends_on`,
    [ctx.today],
  )) as { id: string; startsOn: string }[];
  if (!quarter) return;
  const actuals = (await tx.query(
    `select employee_id as "employeeId", sum(amount)::text as amount from credited_totals
      where metric_id = $1 and month >= $2 group by employee_id`,
    [revenueId, quarter.startsOn],
  )) as { employeeId: string; amount: string }[];
  const actual = new Map(actuals.map((a) => [a.employeeId, a.amount]));
  const targetIds = new Map<string, string>();
  const unitTotals = new Map<string, Decimal>();
  const rows: Record<string, unknown>[] = [];
  const smart = (what: string) => ({
    specific: `Revenue for ${what} this quarter`,
    measurable: 'Credited revenue in CNY from the CRM',
    achievable: 'Set from the pipeline and last quarter’s run rate',
    relevant: 'Drives the commission plan’s revenue component',
    time_bound: `By the end of ${quarterOf(ctx.today) + 1 === 4 ? 'Q4' : `Q${quarterOf(ctx.today) + 1}`}`,
  });
  for (const s of sellers) {
    const id = ctx.employeeId(s.key);
    const got = new Decimal(actual.get(id) ?? '0');
    const factor = new Decimal(ATTAINMENT[s.key] ?? '0.9');
    const value = got.isZero()
      ? new Decimal(30000)
      : got.dividedBy(factor).dividedBy(1000).ceil().times(1000);
    targetIds.set(`e:${s.key}`, randomUUID());
    unitTotals.set(s.unit, (unitTotals.get(s.unit) ?? new Decimal(0)).plus(value));
    rows.push({
      id: targetIds.get(`e:${s.key}`),
      metric_id: revenueId,
      period_id: quarter.id,
      employee_id: id,
      value: value.toString(),
      owner_id: id,
      parent_unit: s.unit,
      ...smart('you'),
    });
  }
  // Units bottom-up: each unit's target is the sum of its children.
  const units = [...DEMO_UNITS].reverse();
  const total = (key: string): Decimal => {
    const own = unitTotals.get(key) ?? new Decimal(0);
    return DEMO_UNITS.filter((u) => u.parent === key).reduce((sum, u) => sum.plus(total(u.key)), own);
  };
  for (const u of units) {
    const value = total(u.key);
    if (value.isZero()) continue;
    targetIds.set(`u:${u.key}`, randomUUID());
    rows.push({
      id: targetIds.get(`u:${u.key}`),
      metric_id: revenueId,
      period_id: quarter.id,
      org_unit_id: ctx.unitId(u.key),
      value: value.toString(),
      owner_id: u.manager ? ctx.employeeId(u.manager) : null,
      parent_unit: u.parent,
      ...smart(u.name),
    });
  }
  await insertRows(
    tx,
    'targets',
    rows.map(({ parent_unit, ...r }) => ({
      ...r,
      employee_id: r['employee_id'] ?? null,
      org_unit_id: r['org_unit_id'] ?? null,
      parent_id: parent_unit ? (targetIds.get(`u:${String(parent_unit)}`) ?? null) : null,
      weight: null,
    })),
  );
}
