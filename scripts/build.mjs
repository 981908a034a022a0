import { buildServer, buildWeb } from './build-lib.mjs';

const force = !process.argv.includes('--if-stale');
buildServer({ force });
buildWeb({ force });
