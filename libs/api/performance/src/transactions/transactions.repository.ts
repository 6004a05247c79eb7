import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { SalesTransactionDto } from '@cadre/shared/contracts';

/** Reads of stored transactions (writes go through the import's merge). */
@Injectable()
export class TransactionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async idOf(tx: Tx, source: string, externalId: string): Promise<string | null> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id::text from sales_transactions where source = $1 and external_id = $2`,
      [source, externalId],
    );
    return rows[0]?.id ?? null;
  }

  /** One transaction with its credits; identity's employees joined for names only. */
  async view(id: string): Promise<SalesTransactionDto | null> {
    const rows = await selectRows<SalesTransactionDto>(
      this.dataSource,
      `select t.id::text, t.source, t.external_id as "externalId", t.occurred_on::text as date, t.customer,
              t.product_line as "productLine", t.region, t.segment, o.external_id as "reversesExternalId",
              t.metric_values as values,
              coalesce((select json_agg(json_build_object('employeeId', c.employee_id, 'employeeName', e.full_name,
                                                          'share', c.share::text, 'overlay', c.overlay)
                                        order by c.overlay, e.full_name)
                          from sales_credits c join employees e on e.id = c.employee_id
                         where c.transaction_id = t.id), '[]') as credits
         from sales_transactions t left join sales_transactions o on o.id = t.reverses_id
        where t.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
