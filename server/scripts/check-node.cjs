// Runs before `npm start` / `npm test` on whatever Node the machine has, so it must stay plain,
// old-fashioned JavaScript: its only job is one clear line when Node is too old.
'use strict';
const required = [22, 17];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < required[0] || (major === required[0] && minor < required[1])) {
  console.error(`Regie needs Node.js >= ${required.join('.')} (this is ${process.versions.node}); install Node 22 LTS or newer and try again.`);
  process.exit(1);
}
