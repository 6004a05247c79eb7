import type { Basis } from '@cadre/compensation/engine';

/** Which column of a sales transaction each attribute a plan's filter may name reads. */
const ATTRIBUTE_COLUMNS: Readonly<Record<string, string>> = {
  product: 't.product_line',
  region: 't.region',
  segment: 't.segment',
  customer: 't.customer',
};

/**
 * Step 1 of a run in one statement: per payee, one aggregate per basis (a metric and a
 * filter) over the period's credits, `sum(value × share)`, exactly what the engine's
 * TotalsAccumulator adds up credit by credit. $1 the payees, $2 and $3 the period's first
 * and last day; metric codes and filter values follow as parameters, never as SQL text.
 *
 * Read model: performance's sales_credits and sales_transactions, read only.
 */
export function totalsQuery(bases: Basis[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 3}`;
  };
  const aggregates = bases.map((basis, i) => {
    const conditions = filterConditions(basis, param);
    const metric = param(basis.metric);
    const where = conditions.length ? ` filter (where ${conditions.join(' and ')})` : '';
    return `sum((t.metric_values ->> ${metric})::numeric * c.share)${where}::text as b${i}`;
  });
  return {
    sql: `select c.employee_id as "employeeId"${aggregates.map((a) => `,\n       ${a}`).join('')}
            from sales_credits c
            join sales_transactions t on t.id = c.transaction_id
           where c.employee_id = any($1::uuid[]) and c.occurred_on between $2::date and $3::date
           group by c.employee_id`,
    params,
  };
}

/** SQL conditions on a sales transaction `t` for a basis's filter, values passed as parameters. */
export function filterConditions(basis: Basis, param: (value: unknown) => string): string[] {
  return Object.entries(basis.filter ?? {}).map(([attribute, values]) => {
    const column = ATTRIBUTE_COLUMNS[attribute];
    if (!column) throw new Error(`a stored plan filters on an unknown attribute "${attribute}"`);
    return `${column} = any(${param([...values])}::text[])`;
  });
}

/**
 * The credits behind one basis of one person's period, a page at a time: exactly the rows the
 * aggregate above adds up for it. $1 the person, $2 and $3 the period, $4 limit, $5 offset.
 */
export function creditsQuery(basis: Basis): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 5}`;
  };
  const metric = param(basis.metric);
  const conditions = [`t.metric_values ? ${metric}`, ...filterConditions(basis, param)];
  return {
    sql: `select t.source, t.external_id as "externalId", c.occurred_on::text as date, t.customer,
                 t.product_line as product, t.region, t.segment,
                 (t.metric_values ->> ${metric}) as value, c.share::text as share,
                 ((t.metric_values ->> ${metric})::numeric * c.share)::text as credited,
                 count(*) over ()::int as "totalCount"
            from sales_credits c
            join sales_transactions t on t.id = c.transaction_id
           where c.employee_id = $1 and c.occurred_on between $2::date and $3::date and ${conditions.join(' and ')}
           order by c.occurred_on, t.external_id
           limit $4 offset $5`,
    params,
  };
}
