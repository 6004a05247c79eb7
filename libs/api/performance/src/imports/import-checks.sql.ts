/**
 * The set-based checks of an import, each one INSERT … SELECT into `import_problems`.
 * They read the staged text (`import_staging_rows`) and, once rows parse, the session's
 * temporary tables `import_people`, `import_rows` and `import_tx` (see ImportsRepository).
 * Casts are guarded by CASE: PostgreSQL may evaluate any part of a WHERE.
 */

/** At most this many problems are kept per check; the report says when it stopped. */
export const PROBLEMS_PER_CHECK = 100_000;

const DECIMAL = `'^-?[0-9]{1,18}([.][0-9]+)?$'`;
const SHARE = `'^[0-9]{1,6}([.][0-9]{1,6})?$'`;
const DATE = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
const YES_NO = `('', 'true', 'false', 'yes', 'no', 'y', 'n', '1', '0')`;
const YES = `('true', 'yes', 'y', '1')`;
// A cell a spreadsheet would run as a formula when the report or an export is opened.
const FORMULA = `'^[=+@\\t\\r]|^-[^0-9]'`;

interface RowCheck {
  column: string;
  /** The staged text reported as the value. */
  value: string;
  code: string;
  params?: string;
  /** True when the row breaks the rule; casts inside are guarded. */
  failed: string;
}

const TEXT_COLUMNS = ['external_id', 'customer', 'product_line', 'region', 'segment', 'reverses', 'employee'];

const ROW_RULES: RowCheck[] = [
  {
    column: '*',
    value: 'null::text',
    code: 'column_count',
    params: `jsonb_build_object('expected', $2::int, 'found', s.field_count)`,
    failed: 's.field_count <> $2',
  },
  {
    column: 'external_id',
    value: 's.external_id',
    code: 'required',
    failed: `coalesce(s.external_id, '') = ''`,
  },
  { column: 'date', value: 's.occurred_on', code: 'required', failed: `coalesce(s.occurred_on, '') = ''` },
  {
    column: 'date',
    value: 's.occurred_on',
    code: 'not_a_date',
    failed: `case when coalesce(s.occurred_on, '') = '' then false
                  else not (s.occurred_on ~ ${DATE} and pg_input_is_valid(s.occurred_on, 'date')) end`,
  },
  { column: 'employee', value: 's.employee', code: 'required', failed: `coalesce(s.employee, '') = ''` },
  {
    column: 'overlay',
    value: 's.overlay',
    code: 'not_yes_no',
    failed: `lower(coalesce(s.overlay, '')) not in ${YES_NO}`,
  },
  {
    column: 'share',
    value: 's.share',
    code: 'not_a_decimal',
    failed: `coalesce(s.share, '') <> '' and s.share !~ ${SHARE}`,
  },
  {
    column: 'share',
    value: 's.share',
    code: 'share_out_of_range',
    failed: `case when s.share ~ ${SHARE} then s.share::numeric <= 0 or s.share::numeric > 1 else false end`,
  },
  {
    column: '*',
    value: 'null::text',
    code: 'no_values',
    failed: 'cardinality(array_remove(s.metric_values, null)) = 0',
  },
  ...TEXT_COLUMNS.map((c) => ({
    column: c,
    value: `s.${c}`,
    code: 'formula',
    failed: `s.${c} ~ ${FORMULA}`,
  })),
  ...TEXT_COLUMNS.filter((c) => c !== 'reverses').map((c) => ({
    column: c,
    value: `s.${c}`,
    code: 'too_long',
    params: `'{"max":200}'::jsonb`,
    failed: `length(s.${c}) > 200`,
  })),
];

/**
 * $1 import, $2 the header's width. The scan first keeps the rows that break any rule (one
 * pass of cheap tests), and only those are taken apart into a problem per broken rule.
 */
export const ROW_CHECKS = `
  insert into import_problems (import_id, row_no, column_name, value, code, params)
  select $1, s.row_no, p.col, left(coalesce(p.val, ''), 200), p.code, p.params
    from import_staging_rows s
   cross join lateral (values
     ${ROW_RULES.map((r) => `('${r.column}', ${r.value}, '${r.code}', ${r.params ?? 'null::jsonb'}, ${r.failed})`).join(',\n     ')}
   ) as p(col, val, code, params, failed)
   where s.import_id = $1 and (${ROW_RULES.map((r) => `(${r.failed})`).join(' or ')}) and p.failed
   limit ${PROBLEMS_PER_CHECK}`;

/** $1 import, $2 metric codes, $3 each metric's most decimals (money: the currency's minor unit). */
export const VALUE_CHECKS = `
  insert into import_problems (import_id, row_no, column_name, value, code, params)
  select $1, s.row_no, ($2::text[])[v.i], left(v.value, 200),
         case when v.value !~ ${DECIMAL} then 'not_a_decimal' else 'too_many_decimals' end,
         case when v.value !~ ${DECIMAL} then null else jsonb_build_object('max', ($3::int[])[v.i]) end
    from import_staging_rows s
   cross join lateral unnest(s.metric_values) with ordinality as v(value, i)
   where s.import_id = $1 and v.value is not null
     and (v.value !~ ${DECIMAL} or length(split_part(v.value, '.', 2)) > ($3::int[])[v.i])
   limit ${PROBLEMS_PER_CHECK}`;

/** $1 import. */
export const UNKNOWN_PEOPLE = `
  insert into import_problems (import_id, row_no, column_name, value, code)
  select $1, s.row_no, 'employee', left(s.employee, 200), 'unknown_employee'
    from import_staging_rows s
    left join import_people p on p.email = lower(trim(s.employee))
   where s.import_id = $1 and coalesce(s.employee, '') <> '' and p.email is null
   limit ${PROBLEMS_PER_CHECK}`;

/**
 * The rows that passed the row checks, typed. $1 import, $2 whether any row failed (the
 * anti-join is skipped for a clean file).
 */
export const PARSED_ROWS = `
  create temp table import_rows on commit drop as
  select s.row_no, s.external_id, s.occurred_on::date as occurred_on, p.employee_id,
         lower(coalesce(s.overlay, '')) in ${YES} as overlay,
         case when lower(coalesce(s.overlay, '')) in ${YES} then 1::numeric
              else coalesce(nullif(s.share, ''), '1')::numeric end as share,
         coalesce(s.reverses, '') as reverses, coalesce(s.customer, '') as customer,
         coalesce(s.product_line, '') as product_line, coalesce(s.region, '') as region,
         coalesce(s.segment, '') as segment, s.metric_values
    from import_staging_rows s
    join import_people p on p.email = lower(trim(s.employee))
   where s.import_id = $1
     and (not $2 or not exists (select 1 from import_problems x where x.import_id = $1 and x.row_no = s.row_no))`;

/**
 * One row per transaction: the first row's fields, its values as jsonb and a fingerprint
 * of everything the file says about it (credits included), to skip unchanged re-imports.
 * $1 metric codes.
 */
export const FILE_TRANSACTIONS = `
  create temp table import_tx on commit drop as
  with firsts as (
    select distinct on (external_id) external_id, row_no, occurred_on, customer, product_line, region,
           segment, reverses, jsonb_strip_nulls(jsonb_object($1::text[], metric_values)) as vals
      from import_rows order by external_id, row_no),
  credits as (
    select external_id, count(*) as rows, sum(share) filter (where not overlay) as split,
           string_agg(employee_id::text || ':' || trim_scale(share)::text || ':' || overlay::text, ','
                      order by employee_id, overlay) as credit_list
      from import_rows group by external_id)
  select f.*, c.rows, c.split,
         md5(concat_ws('|', f.occurred_on, f.customer, f.product_line, f.region, f.segment, f.reverses,
                       f.vals::text, c.credit_list)) as fingerprint
    from firsts f join credits c using (external_id)`;

/** Which values a check's $1, $2, $3 are. */
export type CheckParam = 'import' | 'codes' | 'source';

/** Each check names the row it found. */
export const SET_CHECKS: { sql: string; params: CheckParam[] }[] = [
  // The same person credited twice (as split or as overlay) on one transaction.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code, params)
   select $1, d.row_no, 'employee', d.external_id, 'duplicate_external_id', jsonb_build_object('first', d.first)
     from (select row_no, external_id, min(row_no) over w as first, row_number() over w as n
             from import_rows window w as (partition by external_id, employee_id, overlay order by row_no)) d
    where d.n > 1 limit ${PROBLEMS_PER_CHECK}`,
    params: ['import'],
  },
  // Rows of one transaction must agree on everything but the credit.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code, params)
   select $1, r.row_no, 'external_id', r.external_id, 'inconsistent_transaction', jsonb_build_object('first', t.row_no)
     from import_rows r join import_tx t using (external_id)
    where r.row_no <> t.row_no
      and ((r.occurred_on, r.customer, r.product_line, r.region, r.segment, r.reverses)
             is distinct from (t.occurred_on, t.customer, t.product_line, t.region, t.segment, t.reverses)
           or jsonb_strip_nulls(jsonb_object($2::text[], r.metric_values)) <> t.vals)
    limit ${PROBLEMS_PER_CHECK}`,
    params: ['import', 'codes'],
  },
  // Split credits sum to 1; overlays stand on top.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code, params)
   select $1, t.row_no, 'share', coalesce(trim_scale(t.split)::text, '0'), 'shares_not_one', null
     from import_tx t
    where t.split is distinct from 1
      and not exists (select 1 from import_staging_rows s join import_problems x on x.import_id = $1 and x.row_no = s.row_no
                       where s.import_id = $1 and s.external_id = t.external_id)
    limit ${PROBLEMS_PER_CHECK}`,
    params: ['import'],
  },
  // A reversal names a transaction of the same source, in this file or already stored.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code)
   select $1, t.row_no, 'reverses', t.reverses, 'unknown_original'
     from import_tx t
    where t.reverses <> ''
      and not exists (select 1 from import_tx o where o.external_id = t.reverses)
      and not exists (select 1 from sales_transactions o where o.source = $2 and o.external_id = t.reverses)
    limit ${PROBLEMS_PER_CHECK}`,
    params: ['import', 'source'],
  },
  // Every date falls in an open month of the fiscal calendar.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code, params)
   select $1, r.row_no, 'date', r.occurred_on::text,
          case when m.id is null then 'no_open_period' else 'closed_period' end,
          case when m.id is null then null else jsonb_build_object('period', m.key) end
     from import_rows r
     left join fiscal_periods m on m.kind = 'month' and m.starts_on = date_trunc('month', r.occurred_on)::date
    where m.id is null or m.closed_at is not null
    limit ${PROBLEMS_PER_CHECK}`,
    params: ['import'],
  },
  // A stored transaction in a closed month never changes: an adjustment goes in an open one.
  {
    sql: `insert into import_problems (import_id, row_no, column_name, value, code, params)
   select $1, t.row_no, 'external_id', t.external_id, 'closed_period', jsonb_build_object('period', m.key)
     from import_tx t
     join sales_transactions st on st.source = $2 and st.external_id = t.external_id
     join fiscal_periods m on m.kind = 'month' and m.starts_on = date_trunc('month', st.occurred_on)::date
    where st.fingerprint <> t.fingerprint and m.closed_at is not null
    limit ${PROBLEMS_PER_CHECK}`,
    params: ['import', 'source'],
  },
];
