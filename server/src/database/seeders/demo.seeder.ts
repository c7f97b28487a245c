import type { SqlEntityManager } from '@mikro-orm/sql';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../modules/auth/password.js';
import { Department } from '../../modules/department/department.entity.js';
import { Person } from '../../modules/person/person.entity.js';
import type { Role } from '../../common/auth/permissions.js';

/** The demo organisation of DESIGN §6: a Dutch energy and telecom provider. Deterministic. */
export const DEMO_DEPARTMENTS = [
  { code: 'MKT', name: 'Marketing', description: 'Brand, campaigns and conversion.' },
  { code: 'SAL', name: 'Sales', description: 'New customers and contract renewals.' },
  { code: 'CS', name: 'Customer Service', description: 'Phone, chat and e-mail support; first-contact resolution.' },
  { code: 'BIL', name: 'Billing', description: 'Invoices, payments and collections.' },
  { code: 'OPS', name: 'Field Operations', description: 'Installations, meter work and outage repair.' },
  { code: 'DIG', name: 'Digital', description: 'Website, app and self-service.' },
] as const;

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role; department?: string }[] = [
  { email: 'regie@demo.regie', name: 'Rianne de Regie', role: 'REGIE' },
  { email: 'lead.cs@demo.regie', name: 'Carlos Smit', role: 'DEPARTMENT_LEAD', department: 'CS' },
  { email: 'lead.mkt@demo.regie', name: 'Mila Kort', role: 'DEPARTMENT_LEAD', department: 'MKT' },
  { email: 'viewer@demo.regie', name: 'Vera Visser', role: 'VIEWER' },
];

export interface SeedResult {
  seeded: boolean;
  /** Set when no DEMO_PASSWORD was given: the generated one, to print once. */
  generatedPassword?: string;
}

export class DemoSeeder {
  constructor(private readonly demoPassword?: string) {}

  /** Seeds only an empty database (no departments, no people). */
  async run(em: SqlEntityManager): Promise<SeedResult> {
    if ((await em.count(Department, {})) > 0 || (await em.count(Person, {})) > 0) return { seeded: false };
    const generatedPassword = this.demoPassword ? undefined : randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(this.demoPassword ?? generatedPassword!);
    await em.transactional(async tx => {
      const departments = new Map<string, Department>(DEMO_DEPARTMENTS.map(d => [d.code, tx.create(Department, { ...d } as never)]));
      for (const account of DEMO_ACCOUNTS) {
        const { department, ...rest } = account;
        tx.create(Person, { ...rest, department: department ? departments.get(department) : null, active: true, passwordHash } as never);
      }
    });
    return { seeded: true, generatedPassword };
  }
}
