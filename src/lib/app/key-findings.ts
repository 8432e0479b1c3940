import { exceptionText, ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { PyDict, typeName } from '../python/values.ts';
import { isExported } from '../streamlit/store.ts';
import {
	definedAt,
	handler,
	systemVariables,
	unreadSiblings,
	walk,
	type FindingContext,
	type Outcome,
	type ReadFinding
} from './read-finding.ts';

/** Decides a `st.secrets` read: found, missing (with where the key belongs), protected or raising. */
export function secretFinding(c: FindingContext, outcome: Outcome): ReadFinding {
	const { read, app } = c;
	const path = read.path as string[];
	const finding: ReadFinding = { read, source: app.source, status: 'found' };
	const w = c.merged ? walk(c.merged, path) : {};
	const shown = (n: number) => path.slice(0, n + 1).join('.');
	const add = (d: Diagnostic) => c.diagnostics.push(d);
	if (outcome && 'raised' in outcome) {
		finding.raised = outcome.raised;
		const error = exceptionText(outcome.raised.type, outcome.raised.str);
		const isMissing = c.merged !== null && w.failKind === 'missing';
		const caught = handler(read, outcome.raised, w.failAt, isMissing);
		if (caught) {
			finding.status = 'protected';
			const how = caught.by === 'try' ? 'caught' : 'guarded';
			add(
				ruleDiagnostic(
					'app/protected-read',
					{ text: read.text, path: shown(w.failAt ?? path.length - 1), how, error },
					read.from,
					read.to,
					app.source
				)
			);
		} else if (isMissing) {
			finding.status = 'missing';
			c.missing.push({
				path,
				failAt: w.failAt!,
				implies: read.implies,
				at: c.at,
				fixable: true,
				siblings: unreadSiblings(c, path.slice(0, w.failAt!))
			});
			// A read through a name bound to a missing table fails where the name is bound.
			if (w.failAt! >= (read.alias?.depth ?? 0))
				add(
					ruleDiagnostic(
						'app/missing-secret',
						{ text: read.text, error, path: shown(w.failAt!) },
						read.from,
						read.to,
						app.source
					)
				);
		} else {
			finding.status = 'raises';
			const cause = c.merged === null ? 'load' : 'type';
			add(
				ruleDiagnostic(
					'app/read-raises',
					{ text: read.text, error, cause },
					read.from,
					read.to,
					app.source
				)
			);
		}
		return finding;
	}
	if (w.failAt !== undefined) {
		finding.status = 'protected';
		const how =
			read.form === 'in' || read.form === 'hasattr'
				? 'false'
				: read.form === 'get'
					? 'none'
					: 'default';
		add(
			ruleDiagnostic(
				'app/protected-read',
				{ text: read.text, path: shown(w.failAt), how },
				read.from,
				read.to,
				app.source
			)
		);
		return finding;
	}
	if (w.value !== undefined)
		finding.type = w.value instanceof PyDict ? 'AttrDict' : typeName(w.value);
	const where = definedAt(c, path);
	if (where) finding.definedAt = where;
	return finding;
}

/** Decides an `os.environ` read against what Streamlit exports. */
export function environFinding(c: FindingContext, outcome: Outcome): ReadFinding {
	const { read, app } = c;
	const key = read.path[0]!;
	const finding: ReadFinding = { read, source: app.source, status: 'found' };
	const root = c.merged?.map.get(key);
	const where = root !== undefined ? definedAt(c, [key]) : undefined;
	if (where) finding.definedAt = where;
	// The app sets the variable itself before (or after: the reader cannot tell) reading it.
	if (read.protections.some((p) => p.by === 'set')) return finding;
	if (outcome && 'raised' in outcome) {
		if (systemVariables.has(key)) return finding;
		finding.raised = outcome.raised;
		const error = exceptionText(outcome.raised.type, outcome.raised.str);
		if (handler(read, outcome.raised, 0, true)) {
			finding.status = 'protected';
			c.diagnostics.push(
				ruleDiagnostic(
					'app/protected-read',
					{ text: read.text, path: key, how: 'caught', error },
					read.from,
					read.to,
					app.source
				)
			);
			return finding;
		}
		finding.status = 'missing';
		const type = root === undefined ? null : root instanceof PyDict ? 'table' : typeName(root);
		c.diagnostics.push(
			ruleDiagnostic(
				'app/missing-environ',
				{ text: read.text, key, error, type },
				read.from,
				read.to,
				app.source
			)
		);
		if (root === undefined && c.merged)
			c.missing.push({
				path: [key],
				failAt: 0,
				implies: 'str',
				at: c.at,
				fixable: true,
				siblings: unreadSiblings(c, [])
			});
		return finding;
	}
	const present = systemVariables.has(key) || (root !== undefined && isExported(root));
	if (!present) {
		finding.status = 'protected';
		const how = read.form === 'in' ? 'false' : read.form === 'get' ? 'none' : 'default';
		c.diagnostics.push(
			ruleDiagnostic(
				'app/protected-read',
				{ text: read.text, path: key, how },
				read.from,
				read.to,
				app.source
			)
		);
	} else if (read.form !== 'in') finding.type = 'str';
	return finding;
}
