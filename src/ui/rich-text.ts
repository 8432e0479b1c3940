/** A run of text, either prose or code (user text that was in backticks). */
export interface TextPart {
	/** The characters, without backticks. */
	text: string;
	/** True for a run that was between backticks. */
	code: boolean;
}

/** Splits a core message into prose and the backtick-quoted user text it contains. */
export function splitCode(message: string): TextPart[] {
	return message
		.split('`')
		.map((text, i) => ({ text, code: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}

/** Returns a DOM fragment of the message with code runs as `<code>`; user text stays inert. */
export function renderCode(message: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const part of splitCode(message)) {
		if (!part.code) fragment.append(part.text);
		else fragment.appendChild(document.createElement('code')).textContent = part.text;
	}
	return fragment;
}
