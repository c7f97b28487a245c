import { describe, expect, it } from '@jest/globals';
import { openDatabase } from '../src/database/orm.js';

/**
 * People are shown by name, not by email (DESIGN §1). The governance log and the audit trail
 * named people by email until the cockpit migration: it moves the email to actor_email and names
 * them by their current name, where they still exist.
 */
describe('the cockpit migration names the people in the histories', () => {
  it('moves the email to actor_email and writes the current name, keeping tokens and the unknown as they were', async () => {
    const db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 30_000 });
    try {
      await db.orm.migrator.up({ to: 'Migration20261202005521_sign_in_limits' });
      const sql = (text: string) => db.orm.em.getConnection().execute(text);
      await sql(`insert into person (id, name, email, role) values (7, 'Carla Smit', 'carla@old.regie', 'DEPARTMENT_LEAD'), (8, 'Rianne de Regie', 'regie@old.regie', 'REGIE')`);
      await sql(`insert into department (id, name, code) values (1, 'Customer Service', 'CS')`);
      await sql(`insert into initiative (id, title, department_id, pillar, effort, confidence) values (1, 'Callback', 1, 'OMNICHANNEL', 2, 0.5)`);
      await sql(`insert into decision (initiative_id, action, actor_type, actor_id, actor_name) values
        (1, 'SUBMIT', 'PERSON', 7, 'carla@old.regie'), (1, 'APPROVE', 'PERSON', 8, 'regie@old.regie'), (1, 'COMMENT', 'PERSON', 99, 'gone@old.regie')`);
      await sql(`insert into audit_entry (actor_type, actor_id, actor_name, operation, entity, entity_id, action, changes) values
        ('PERSON', 7, 'carla@old.regie', 'createInitiative', 'Initiative', '1', 'CREATE', '[]'),
        ('API_TOKEN', 3, 'planning tool', 'updateInitiative', 'Initiative', '1', 'UPDATE', '[]'),
        ('PERSON', 99, 'gone@old.regie', 'createDepartment', 'Department', '1', 'CREATE', '[]'),
        ('ANONYMOUS', 0, 'stranger@old.regie', 'signIn', 'Person', '', 'REFUSED', '[]'),
        ('ANONYMOUS', 0, '(not an email address)', 'signIn', 'Person', '', 'REFUSED', '[]')`);

      await db.migrate();

      expect(await sql('select action, actor_name, actor_email from decision order by id')).toEqual([
        { action: 'SUBMIT', actor_name: 'Carla Smit', actor_email: 'carla@old.regie' },
        { action: 'APPROVE', actor_name: 'Rianne de Regie', actor_email: 'regie@old.regie' },
        // A person deleted since: the email is all the trail knows of them.
        { action: 'COMMENT', actor_name: 'gone@old.regie', actor_email: 'gone@old.regie' },
      ]);
      expect(await sql('select actor_type, actor_name, actor_email from audit_entry order by id')).toEqual([
        { actor_type: 'PERSON', actor_name: 'Carla Smit', actor_email: 'carla@old.regie' },
        { actor_type: 'API_TOKEN', actor_name: 'planning tool', actor_email: null },
        { actor_type: 'PERSON', actor_name: 'gone@old.regie', actor_email: 'gone@old.regie' },
        { actor_type: 'ANONYMOUS', actor_name: 'stranger@old.regie', actor_email: 'stranger@old.regie' },
        { actor_type: 'ANONYMOUS', actor_name: '(not an email address)', actor_email: null },
      ]);
    } finally {
      await db.close();
    }
  });
});
