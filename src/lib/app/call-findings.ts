import { exceptionText, ruleDiagnostic } from '../diagnostics/rule-messages.ts';
import { reprString } from '../python/repr.ts';
import { PyDict } from '../python/values.ts';
import { isExported } from '../streamlit/store.ts';
import { missingKeyText } from '../streamlit/texts.ts';
import {
	invalidConnectionText,
	isFirstParty,
	sqlMissingConfigText
} from '../streamlit/connection-types.ts';
import { catchesException } from './protection.ts';
import {
	definedAt,
	walk,
	type FindingContext,
	type Outcome,
	type ReadFinding
} from './read-finding.ts';

/**
 * Decides an `st.connection` call as `connection_factory` runs it: the `env:`
 * name, the class from `type=`, the name or the table's `type`, and an SQL
 * table's required keys (Streamlit's exceptions).
 */
export function connectionFinding(c: FindingContext, outcome: Outcome): ReadFinding {
	const { read, app } = c;
	const call = read.connection!;
	const finding: ReadFinding = { read, source: app.source, status: 'found' };
	const raise = (type: string, str: string) => {
		finding.raised = { type, str };
		finding.status = read.protections.some(
			(p) => p.by === 'try' && catchesException(p.catches ?? [], type)
		)
			? 'protected'
			: 'raises';
		if (finding.status === 'raises')
			c.diagnostics.push(
				ruleDiagnostic(
					'app/connection-raises',
					{ text: read.text, error: exceptionText(type, str) },
					read.from,
					read.to,
					app.source
				)
			);
		return finding;
	};
	let name = call.name!;
	if (name.startsWith('env:')) {
		const variable = name.slice(4);
		const value = c.merged?.map.get(variable);
		if (value === undefined || !isExported(value)) return raise('KeyError', `'${variable}'`);
		name = typeof value === 'string' ? value : String(value);
	}
	const section = c.merged ? walk(c.merged, ['connections', name]).value : undefined;
	let type = call.type;
	if (type === null) {
		if (isFirstParty(name)) type = name;
		else if (outcome && 'raised' in outcome && !call.name!.startsWith('env:'))
			return raise(outcome.raised.type, outcome.raised.str);
		else {
			const t = section instanceof PyDict ? section.map.get('type') : undefined;
			if (typeof t !== 'string') {
				const w = c.merged ? walk(c.merged, ['connections', name, 'type']) : {};
				if (w.failAt !== undefined && w.failKind === 'missing')
					return raise(
						'KeyError',
						reprString(missingKeyText(['connections', name, 'type'][w.failAt]))
					);
				return finding;
			}
			type = t;
		}
	}
	const typeIsString = call.type === null || call.typeIsString;
	if (typeIsString && !type.includes('.') && !isFirstParty(type))
		return raise('StreamlitAPIException', invalidConnectionText(type));
	if (section === undefined) {
		finding.status = 'missing';
		if (type === 'sql' && call.kwargs.length === 0)
			return raise('StreamlitAPIException', sqlMissingConfigText);
		c.diagnostics.push(
			ruleDiagnostic('connections/missing-section', { name, type }, read.from, read.to, app.source)
		);
		return finding;
	}
	if (type === 'sql' && section instanceof PyDict && !section.map.has('url')) {
		const given = new Set([...section.map.keys(), ...call.kwargs]);
		const absent = ['dialect', 'username', 'host'].filter((p) => !given.has(p));
		if (absent.length && !call.kwargs.includes('**') && !call.kwargs.includes('url'))
			return raise('StreamlitAPIException', `Missing SQL DB connection param: ${absent[0]}`);
	}
	const where = definedAt(c, ['connections', name]);
	if (where) finding.definedAt = where;
	return finding;
}

/** Decides an `st.login` call from `validate_auth_credentials` as simulated. */
export function loginFinding(c: FindingContext): ReadFinding {
	const { read, app } = c;
	const finding: ReadFinding = { read, source: app.source, status: 'found' };
	const result = c.simulation.auth.find((a) => a.provider === read.provider);
	const validation = result?.validate_auth_credentials;
	if (validation && validation !== 'ok') {
		finding.raised = validation.raised;
		const caught = read.protections.some(
			(p) => p.by === 'try' && catchesException(p.catches ?? [], validation.raised.type)
		);
		finding.status = caught ? 'protected' : 'raises';
		if (!caught)
			c.diagnostics.push(
				ruleDiagnostic(
					'app/login-raises',
					{ text: read.text, error: exceptionText(validation.raised.type, validation.raised.str) },
					read.from,
					read.to,
					app.source
				)
			);
		return finding;
	}
	const where = definedAt(c, ['auth']);
	if (where) finding.definedAt = where;
	return finding;
}
