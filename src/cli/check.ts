import type { CliArgs } from './args.ts'

/** Runs `check` (filled in below). */
export function runCheck(args: CliArgs): number {
	void args
	return 0
}
