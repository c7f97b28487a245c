import type { SqlEntityManager } from '@mikro-orm/sql';
import { Department } from '../../modules/department/department.entity.js';

/** The demo organisation of DESIGN §6: a Dutch energy and telecom provider. Deterministic. */
export const DEMO_DEPARTMENTS = [
  { code: 'MKT', name: 'Marketing', description: 'Brand, campaigns and conversion.' },
  { code: 'SAL', name: 'Sales', description: 'New customers and contract renewals.' },
  { code: 'CS', name: 'Customer Service', description: 'Phone, chat and e-mail support; first-contact resolution.' },
  { code: 'BIL', name: 'Billing', description: 'Invoices, payments and collections.' },
  { code: 'OPS', name: 'Field Operations', description: 'Installations, meter work and outage repair.' },
  { code: 'DIG', name: 'Digital', description: 'Website, app and self-service.' },
] as const;

export class DemoSeeder {
  /** Seeds only an empty database; returns whether it did. */
  async run(em: SqlEntityManager): Promise<boolean> {
    if ((await em.count(Department, {})) > 0) return false;
    await em.transactional(async tx => {
      for (const department of DEMO_DEPARTMENTS) tx.create(Department, { ...department } as never);
    });
    return true;
  }
}
