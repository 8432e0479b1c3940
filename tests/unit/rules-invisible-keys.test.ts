import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/index.ts';

const diagnostics = (text: string) =>
	check([{ path: '.streamlit/secrets.toml', node: { kind: 'file', text } }], { hygiene: false })
		.diagnostics;
const apply = (text: string, d: { fix?: { from: number; to: number; insert: string } }) =>
	text.slice(0, d.fix!.from) + d.fix!.insert + text.slice(d.fix!.to);

describe('keyRules: invisible characters in quoted keys', () => {
	it('warns where the key is written, names the character and removes it', () => {
		const text = 'a = 1\n"api\u200b_key" = "x"\n';
		const [d] = diagnostics(text).filter((x) => x.code === 'streamlit/invisible-in-key');
		expect(d.severity).toBe('warning');
		expect(text.slice(d.from, d.to)).toBe('"api\u200b_key"');
		expect(d.message).toContain('U+200B (zero width space)');
		expect(d.message).toContain('st.secrets["api_key"]');
		const fixed = apply(text, d);
		expect(fixed).toBe('a = 1\n"api_key" = "x"\n');
		expect(diagnostics(fixed)).toEqual([]);
	});

	it('finds keys inside tables', () => {
		const text = '[db]\n"us\u2060er" = "x"\n';
		const [d] = diagnostics(text).filter((x) => x.code === 'streamlit/invisible-in-key');
		expect(text.slice(d.from, d.to)).toBe('"us\u2060er"');
		expect(d.message).toContain('U+2060 (word joiner)');
		expect(apply(text, d)).toBe('[db]\n"user" = "x"\n');
	});

	it('leaves a byte order mark at the start of the file to streamlit/bom-in-key', () => {
		const codes = diagnostics('\ufeffa = 1\n').map((d) => d.code);
		expect(codes).not.toContain('streamlit/invisible-in-key');
	});

	it('offers to remove that byte order mark, and the key is then found', () => {
		const text = '\ufeffapi_key = "x"\n';
		const [d] = diagnostics(text).filter((x) => x.code === 'streamlit/bom-in-key');
		expect(d.fix).toEqual({ label: 'Remove the byte order mark', from: 0, to: 1, insert: '' });
		const fixed = apply(text, d);
		expect(fixed).toBe('api_key = "x"\n');
		expect(diagnostics(fixed).map((x) => x.code)).not.toContain('streamlit/bom-in-key');
	});
});
