#!/usr/bin/env node
// A stand-in for jrnl in tests of bench/jrnl-compare.ts, which can only meet the real jrnl where it
// is installed. It logs each call as a JSON line to $STAND_IN_JRNL_LOG: its arguments, standard
// input, configuration, and how many entries its journal file holds. It writes the export file it
// is asked for and prints one line.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const args = process.argv.slice(2);
const input = readFileSync(0, 'utf8');
const config = args[0] === '--config-file' ? readFileSync(args[1], 'utf8') : null;
const journal = config?.match(/^ {4}journal: '(.*)'$/m)?.[1];
const entries = journal ? readFileSync(journal, 'utf8').split('\n').filter((l) => l.startsWith('[')).length : null;
const call = { args, input, config, entries, tty: process.stdin.isTTY === true };
appendFileSync(process.env.STAND_IN_JRNL_LOG, `${JSON.stringify(call)}\n`);
const file = args.indexOf('--file');
if (file !== -1) writeFileSync(args[file + 1], '{"tags": {}, "entries": []}\n');
process.stdout.write('[2026-11-24 09:41] an entry\n');
