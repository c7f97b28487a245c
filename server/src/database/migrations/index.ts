import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125184220_departments } from './Migration20261125184220_departments.js';
import { Migration20261125185123_auth } from './Migration20261125185123_auth.js';
import { Migration20261125190232_domain } from './Migration20261125190232_domain.js';
import { Migration20261201212522_survey_responses } from './Migration20261201212522_survey_responses.js';
import { Migration20261202002745_scoring } from './Migration20261202002745_scoring.js';
import { Migration20261202005521_sign_in_limits } from './Migration20261202005521_sign_in_limits.js';
import { Migration20261202024916_cockpit } from './Migration20261202024916_cockpit.js';

/**
 * The committed migrations, oldest first. `npm run migration:create -w server -- <name>` writes
 * a new file beside this one and registers it here; a migration is never edited once committed.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125184220_departments', class: Migration20261125184220_departments },
  { name: 'Migration20261125185123_auth', class: Migration20261125185123_auth },
  { name: 'Migration20261125190232_domain', class: Migration20261125190232_domain },
  { name: 'Migration20261201212522_survey_responses', class: Migration20261201212522_survey_responses },
  { name: 'Migration20261202002745_scoring', class: Migration20261202002745_scoring },
  { name: 'Migration20261202005521_sign_in_limits', class: Migration20261202005521_sign_in_limits },
  { name: 'Migration20261202024916_cockpit', class: Migration20261202024916_cockpit },
];
