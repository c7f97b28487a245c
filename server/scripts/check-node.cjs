// Runs before `npm start` / `npm test` on whatever Node the machine has, so it stays plain,
// old-fashioned JavaScript: its only job is one clear line when Node is too old.
'use strict';
var REQUIRED = [22, 17];

function problem(version) {
  var parts = String(version).replace(/^v/, '').split('.').map(Number);
  if (parts[0] > REQUIRED[0] || (parts[0] === REQUIRED[0] && parts[1] >= REQUIRED[1])) return null;
  return 'Regie needs Node.js >= ' + REQUIRED.join('.') + ' (this is ' + version + '); install Node 22 LTS or newer and try again.';
}

module.exports = { problem: problem };

if (require.main === module) {
  var message = problem(process.versions.node);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
