import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/lib/streamlit/evaluator/program.ts';

describe('parseStatement', () => {
	it.each([
		'st.secrets["db"]["user"]',
		'st.secrets.db.user',
		'st.secrets.get("k", "fallback")',
		'"k" in st.secrets',
		'"k" not in st.secrets.db',
		'len(st.secrets)',
		'list(st.secrets.keys())',
		'hasattr(st.secrets, "x")',
		'dict(st.secrets.db)',
		'os.environ["A"]',
		'os.environ.get("A", None)',
		'st.secrets.users[0]["name"]',
		'st.secrets["users"][-1]',
		"st.secrets['\\ufeffapi_key']",
		'st.secrets.get(key="x", default=1)',
		'st.secrets.x == "y" and not st.secrets.z'
	])('parses %s as an expression', (src) => {
		const parsed = parseStatement(src);
		expect(parsed.ok && parsed.statement.kind).toBe('expr');
	});

	it.each(['st.secrets.x = 1', 'st.secrets["x"] = "v"', 'st.secrets.db.user = "u"'])(
		'parses %s as an assignment',
		(src) => {
			const parsed = parseStatement(src);
			expect(parsed.ok && parsed.statement.kind).toBe('assign');
		}
	);

	it.each(['st.secrets[', 'st.secrets.', '"unterminated', 'st.secrets @ 1', 'f(x', '1 = 2'])(
		'reports %s as invalid without throwing',
		(src) => {
			expect(parseStatement(src).ok).toBe(false);
		}
	);

	it('decodes escapes in string literals', () => {
		const parsed = parseStatement('"\\ufeffa\\x41\\n"');
		expect(parsed.ok && parsed.statement).toEqual({
			kind: 'expr',
			expr: { kind: 'const', value: '\ufeffaA\n' }
		});
	});
});
