#!/usr/bin/env node
// The tdkt command line. Builds the server code first when the sources changed.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, root } from '../scripts/build-lib.mjs';

buildServer();
const { main } = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href);
process.exitCode = await main(process.argv.slice(2));
