import { parse } from 'smol-toml';
import { check, listSecrets, simulate, type SecretsSource } from '../src/lib/index.ts';
import { generators, type DocumentShape } from './generate.ts';

// Each size is timed as the median of several runs after one warm-up run,
// beside a bare smol-toml parse of the same text in the same process.
const allSizes: [string, number, number][] = [
	['10 KB', 10_000, 40],
	['100 KB', 100_000, 15],
	// A run at 1 MB takes tens of milliseconds, so one garbage collection moves it by a
	// third: more runs keep the median off them.
	['1 MB', 1_000_000, 11],
	['10 MB', 10_000_000, 5]
];

// `BENCH_SHAPES=plain,escaped` and `BENCH_SIZES="1 MB,10 MB"` select rows; `BENCH_RUNS=3`
// sets the number of timed runs of every row.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const pick = (name: string) => env?.[name]?.split(',').map((s) => s.trim());
const wantedSizes = pick('BENCH_SIZES');
const wantedShapes = pick('BENCH_SHAPES');
const runsOverride = Number(env?.BENCH_RUNS) || 0;
const sizes = allSizes
	.filter(([label]) => !wantedSizes || wantedSizes.includes(label))
	.map(([label, bytes, runs]): [string, number, number] => [label, bytes, runsOverride || runs]);

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

// `BENCH_CLOCK=cpu` times the process's CPU time instead of the wall clock, for a machine
// that other work keeps busy (it counts V8's helper threads too).
const cpuUsage = (globalThis as { process?: { cpuUsage(): { user: number; system: number } } })
	.process?.cpuUsage;
const now =
	env?.BENCH_CLOCK === 'cpu' && cpuUsage
		? () => {
				const { user, system } = cpuUsage();
				return (user + system) / 1000;
			}
		: () => performance.now();

function time(runs: number, f: () => unknown): number {
	f();
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = now();
		f();
		ms.push(now() - t);
	}
	return median(ms);
}

const gc = (globalThis as { gc?: () => void }).gc;
const held: unknown[] = [];
/** Heap still in use while the result of `f` is held, beyond what was in use before. */
function retained(f: () => unknown): number {
	held.length = 0;
	gc?.();
	gc?.();
	const before = process.memoryUsage().heapUsed;
	held.push(f());
	gc?.();
	gc?.();
	const after = process.memoryUsage().heapUsed;
	held.length = 0;
	return after - before;
}

const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}×`;
const documents = (
	Object.entries(generators) as [DocumentShape, (bytes: number) => string][]
).filter(([shape]) => !wantedShapes || wantedShapes.includes(shape));
const rows = [
	'| document | size | smol-toml parse (baseline) | check | ratio | check without hygiene | ratio | check + listSecrets | ratio | simulate | ratio | heap held by a check report | per input byte |',
	'|---|---|---|---|---|---|---|---|---|---|---|---|---|'
];
for (const [kind, generate] of documents)
	for (const [label, bytes, runs] of sizes) {
		const text = generate(bytes);
		const sources: SecretsSource[] = [
			{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }
		];
		const base = time(runs, () => parse(text, { integersAsBigInt: true }));
		const checked = time(runs, () => check(sources));
		const core = time(runs, () => check(sources, { hygiene: false }));
		const listed = time(runs, () => listSecrets(check(sources)));
		const simulated = time(runs, () =>
			simulate(sources, { access: ['st.secrets.service_1.host', 'len(st.secrets)'] })
		);
		const heap = retained(() => check(sources));
		const ms = (x: number) => `${x.toFixed(1)} ms`;
		rows.push(
			`| ${kind} | ${label} | ${ms(base)} | ${ms(checked)} | ${ratio(checked, base)} | ${ms(core)} | ${ratio(core, base)} | ${ms(listed)} | ${ratio(listed, base)} | ${ms(simulated)} | ${ratio(simulated, base)} | ${(heap / 1e6).toFixed(1)} MB | ${(heap / text.length).toFixed(1)} B |`
		);
		console.log(rows[rows.length - 1]);
	}
console.log('\n' + rows.join('\n'));
if (!gc) console.log('\n(run with node --expose-gc for the heap column)');
