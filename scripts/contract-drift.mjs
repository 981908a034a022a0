#!/usr/bin/env node
// The contract check, shown: renames one response field in the shared contract (the certificate
// layout's `custom`), runs the typecheck of server and web, and restores the file. It passes when
// the rename breaks both the server route that returns the field and the web page that reads it —
// the proof that the web cannot drift from what the server sends. `npm run check:contract`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const file = 'src/shared/contract/certificates.ts';
const original = fs.readFileSync(file, 'utf8');
if (!/^ {2}custom: z\.boolean\(\),$/m.test(original)) throw new Error(`${file}: the field "custom" is not where this check expects it`);
const run = (project) => {
  try {
    execFileSync('npx', ['tsc', '-p', project, '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String(e.stdout ?? '') + String(e.stderr ?? '');
  }
};
let server;
let web;
try {
  fs.writeFileSync(file, original.replace(/^ {2}custom: z\.boolean\(\),$/m, '  isCustom: z.boolean(),'));
  server = run('tsconfig.json');
  web = run('src/web/tsconfig.json');
} finally {
  fs.writeFileSync(file, original);
}
const serverBroke = /src\/server\/modules\/certificates\/routes\.ts.*error TS/.test(server);
const webBroke = /CertificateLayoutPage\.tsx.*error TS/.test(web);
console.log(`renamed "custom" → "isCustom" in ${file}`);
console.log(`  server typecheck: ${serverBroke ? 'fails in certificates/routes.ts, as it must' : 'PASSES — the route is not typed by its response schema'}`);
console.log(`  web typecheck:    ${webBroke ? 'fails in CertificateLayoutPage.tsx, as it must' : 'PASSES — the page does not take its type from the contract'}`);
for (const line of (server + web).split('\n').filter((l) => l.includes('error TS')).slice(0, 4)) console.log('    ' + line.slice(0, 200));
process.exit(serverBroke && webBroke ? 0 : 1);
