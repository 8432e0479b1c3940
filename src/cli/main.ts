#!/usr/bin/env node
import { simulate, stringifyOrdered } from '../lib/index.ts';
import { parseArgs, usage, type CliArgs } from './args.ts';
import { defaultSecretPaths, readSources } from './sources.ts';
import { runCheck } from './check.ts';

function runSimulate(args: CliArgs): number {
	const paths = args.sources.length ? args.sources : defaultSecretPaths();
	const result = simulate(readSources(paths), {
		access: args.access,
		auth: args.auth,
		connection: args.connection
	});
	// Python keeps integer-like keys where the file put them; JSON.stringify would not.
	process.stdout.write(stringifyOrdered(result, 1) + '\n');
	return 0;
}

function main(argv: string[]): number {
	const parsed = parseArgs(argv);
	if ('error' in parsed) {
		process.stderr.write(`st-secrets: ${parsed.error}\n${usage}`);
		return 2;
	}
	if (parsed.command === 'help') {
		process.stdout.write(usage);
		return 0;
	}
	try {
		return parsed.command === 'simulate' ? runSimulate(parsed) : runCheck(parsed);
	} catch (e) {
		const code = (e as { code?: string }).code;
		if (code) {
			process.stderr.write(`st-secrets: ${(e as Error).message}\n`);
			return 2;
		}
		throw e;
	}
}

process.exitCode = main(process.argv.slice(2));
