import { appMessages } from '../diagnostics/app-messages.ts';
import { authMessages } from '../diagnostics/auth-messages.ts';
import type { Severity } from '../diagnostic.ts';
import type { Entry } from '../diagnostics/catalogue.ts';
import { connectionMessages } from '../diagnostics/connection-messages.ts';
import { docsPages, type DocsPage } from '../diagnostics/docs-pages.ts';
import { streamlitMessages } from '../diagnostics/streamlit-messages.ts';
import { convertMessages } from '../convert/problems.ts';
import { hygieneMessages } from '../hygiene/messages.ts';
import { tomlMessages } from '../toml/messages.ts';

const catalogues = {
	...tomlMessages,
	...streamlitMessages,
	...appMessages,
	...authMessages,
	...connectionMessages,
	...hygieneMessages,
	...convertMessages
};

/** Every diagnostic code a catalogue defines: `toml/…`, `streamlit/…`, `app/…`, `auth/…`, `connections/…`, `hygiene/…`, `convert/…`. */
export type DiagnosticCode = keyof typeof catalogues;

/** Every diagnostic code a catalogue defines, in catalogue order. */
export const diagnosticCodes = Object.keys(catalogues) as DiagnosticCode[];

/** The severity the catalogue gives `code` (a rule may lower it in a given case). */
export function severityOf(code: DiagnosticCode): Severity {
	return catalogues[code].severity;
}

/** Why a diagnostic matters, in a sentence or two, and where to read more. */
export interface Lesson {
	/** One or two sentences, user text in backticks. */
	why: string;
	/** A documentation page. */
	url: string;
	/** The page's name, for the link text. */
	title: string;
}

function pageFor(code: string): DocsPage {
	if (/auth|login|oauth/.test(code)) return docsPages.login;
	if (code.includes('connection')) return docsPages.connection;
	return code.startsWith('toml/') ? docsPages.toml : docsPages.secrets;
}

function lessonEntry(code: string): Pick<Entry<unknown>, 'why' | 'docs'> | undefined {
	return Object.hasOwn(catalogues, code)
		? (catalogues[code as DiagnosticCode] as Entry<never>)
		: undefined;
}

/**
 * Returns why diagnostic `code` matters and which page explains it, from its
 * catalogue entry; a code without a lesson of its own (or unknown) gets one by
 * its prefix.
 */
export function lessonFor(code: string): Lesson {
	const known = lessonEntry(code);
	const why =
		known?.why ??
		(code.startsWith('toml/')
			? 'Streamlit only reads valid TOML reliably; other tools reject the rest.'
			: 'This is how Streamlit behaves with this file at run time.');
	const page = known?.docs ?? pageFor(code);
	return { why, url: page.url, title: page.title };
}
