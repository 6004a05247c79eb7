/**
 * The merge of a checked import, statement by statement inside one transaction: either
 * every row lands or none does. Reads the temporary `import_rows` and `import_tx` (see
 * import-checks.sql.ts); `import_changes` says, per transaction, whether it is new,
 * changed (its fingerprint differs) or unchanged.
 */

/** The monthly totals' columns, and what a set of credits adds to each (sign '-' takes it out). */
export const TOTALS = 'amount, weight, counted, overlay_amount, overlay_weight, overlay_counted';
export const sums = (sign: '' | '-', value: string, credit: string) => {
  const parts = [
    `${value}::numeric * ${credit}.share`,
    `${credit}.share`,
    `sign(${value}::numeric) * ${credit}.share`,
  ];
  return [
    ...parts.map((p) => `${sign}sum(${p})`),
    ...parts.map((p) => `${sign}coalesce(sum(${p}) filter (where ${credit}.overlay), 0)`),
  ].join(', ');
};
const ADD_TOTALS = TOTALS.split(', ')
  .map((c) => `${c} = ct.${c} + excluded.${c}`)
  .join(', ');

/** $1 source. */
export const CLASSIFY = `
  create temp table import_changes on commit drop as
  select t.external_id, t.row_no, t.occurred_on, t.customer, t.product_line, t.region, t.segment, t.reverses,
         t.vals, t.fingerprint, st.id as stored_id,
         case when st.id is null then 'new' when st.fingerprint <> t.fingerprint then 'changed' else 'same' end as change,
         case when st.id is null then null
              else jsonb_build_object('date', st.occurred_on, 'customer', st.customer, 'values', st.metric_values) end
           as before
    from import_tx t
    left join sales_transactions st on st.source = $1 and st.external_id = t.external_id`;

/** What the changed transactions' stored credits added to the monthly totals, taken back out. */
export const WITHDRAW_CHANGED = `
  insert into credited_totals as ct (employee_id, metric_id, month, ${TOTALS})
  select c.employee_id, m.id, date_trunc('month', c.occurred_on)::date, ${sums('-', 'v.value', 'c')}
    from import_changes x
    join sales_credits c on c.transaction_id = x.stored_id
    join sales_transactions st on st.id = c.transaction_id
   cross join lateral jsonb_each_text(st.metric_values) as v(key, value)
    join metrics m on m.code = v.key
   where x.change = 'changed'
   group by 1, 2, 3
  on conflict (employee_id, metric_id, month) do update set ${ADD_TOTALS}`;

export const DELETE_CHANGED_CREDITS = `
  delete from sales_credits c using import_changes x where x.change = 'changed' and c.transaction_id = x.stored_id`;

export const UPDATE_CHANGED = `
  update sales_transactions st
     set occurred_on = x.occurred_on, customer = x.customer, product_line = x.product_line, region = x.region,
         segment = x.segment, metric_values = x.vals, fingerprint = x.fingerprint, reverses_id = null,
         updated_at = now()
    from import_changes x
   where x.change = 'changed' and st.id = x.stored_id`;

/** $1 source. New rows' ids are written back to `import_changes` through a join table. */
export const INSERT_NEW = `
  create temp table import_new_ids on commit drop as
  with inserted as (
    insert into sales_transactions (source, external_id, occurred_on, customer, product_line, region, segment,
                                    metric_values, fingerprint)
    select $1, x.external_id, x.occurred_on, x.customer, x.product_line, x.region, x.segment, x.vals, x.fingerprint
      from import_changes x where x.change = 'new'
    returning id, external_id)
  select * from inserted`;

/** Every new or changed transaction's id, by external id. */
export const TOUCHED = `
  create temp table import_touched on commit drop as
  select external_id, id from import_new_ids
  union all
  select external_id, stored_id from import_changes where change = 'changed'`;

/** $1 source. */
export const LINK_REVERSALS = `
  update sales_transactions st set reverses_id = o.id
    from import_changes x
    join import_touched t on t.external_id = x.external_id
    join sales_transactions o on o.source = $1 and o.external_id = x.reverses
   where x.reverses <> '' and st.id = t.id`;

export const INSERT_CREDITS = `
  insert into sales_credits (transaction_id, employee_id, overlay, share, occurred_on)
  select t.id, r.employee_id, r.overlay, r.share, r.occurred_on
    from import_rows r join import_touched t on t.external_id = r.external_id`;

/** The new credits' contributions, from the typed rows. $1 metric ids in the file's order. */
export const NEW_CONTRIBUTIONS = `
  insert into credited_totals as ct (employee_id, metric_id, month, ${TOTALS})
  select r.employee_id, ($1::uuid[])[v.i], date_trunc('month', r.occurred_on)::date, ${sums('', 'v.value', 'r')}
    from import_rows r
    join import_touched t on t.external_id = r.external_id
   cross join lateral unnest(r.metric_values) with ordinality as v(value, i)
   where v.value is not null
   group by 1, 2, 3
  on conflict (employee_id, metric_id, month) do update set ${ADD_TOTALS}`;

/** For the audit entries of changed transactions: id, before, after. */
export const CHANGED_FOR_AUDIT = `
  select x.stored_id as entity_id, x.before,
         jsonb_build_object('date', x.occurred_on, 'customer', x.customer, 'values', x.vals) as after
    from import_changes x where x.change = 'changed'`;

export const COUNTS = `
  select count(*) filter (where change = 'new')::int as created,
         count(*) filter (where change = 'changed')::int as updated,
         count(*) filter (where change = 'same')::int as unchanged
    from import_changes`;
