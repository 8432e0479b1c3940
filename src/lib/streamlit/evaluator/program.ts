/**
 * Statements of several lines: lines are parsed one by one and a `for` header
 * ending in `:` takes the more indented lines after it as its body, with the
 * errors Python's compiler gives for a wrong indentation.
 */
import { parseLine, type Statement } from './expression.ts';

/** The outcome of {@link parseStatement}. */
export type ParsedStatement =
	{ ok: true; statement: Statement } | { ok: false; error: string; type?: 'IndentationError' };

class Indentation extends SyntaxError {}

interface Level {
	/** Width of the indentation of this block's lines. */
	indent: number;
	body: Statement[];
}

function indentOf(line: string): number {
	return /^[ \t]*/.exec(line)![0].length;
}

function parseLines(lines: string[]): Statement {
	const root: Level = { indent: 0, body: [] };
	const stack = [root];
	let header: { statement: Extract<Statement, { kind: 'for' }>; line: number } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i];
		if (/^[ \t]*(#.*)?$/.test(text)) continue;
		const indent = indentOf(text);
		let top = stack[stack.length - 1];
		if (header) {
			if (indent <= top.indent)
				throw new Indentation(
					`expected an indented block after 'for' statement on line ${header.line}`
				);
			stack.push({ indent, body: header.statement.body });
			header = null;
		} else {
			while (indent < top.indent) {
				stack.pop();
				top = stack[stack.length - 1];
			}
			if (indent > top.indent) throw new Indentation('unexpected indent');
			if (indent < top.indent)
				throw new Indentation('unindent does not match any outer indentation level');
		}
		const statement = parseLine(text);
		stack[stack.length - 1].body.push(statement);
		if (statement.kind === 'for' && statement.body.length === 0)
			header = { statement, line: i + 1 };
	}
	if (header !== null)
		throw new Indentation(
			`expected an indented block after 'for' statement on line ${header.line}`
		);
	if (root.body.length === 0) throw new SyntaxError('unexpected end of expression');
	if (root.body.length === 1) return root.body[0];
	return { kind: 'block', body: root.body };
}

/**
 * Parses the statements of a script or of one console entry: one statement, several
 * joined with `;` or on several lines, and `for` loops with their body on the same
 * line or indented below. Never throws.
 */
export function parseStatement(source: string): ParsedStatement {
	const lines = source
		.replace(/^\s*\n/, '')
		.trimEnd()
		.split(/\r\n|\r|\n/);
	// A single line may be indented, as a statement typed with a leading space is meant.
	if (lines.length === 1) lines[0] = lines[0].trimStart();
	try {
		return { ok: true, statement: parseLines(lines) };
	} catch (e) {
		if (e instanceof Indentation) return { ok: false, error: e.message, type: 'IndentationError' };
		if (e instanceof SyntaxError || e instanceof RangeError) return { ok: false, error: e.message };
		throw e;
	}
}
