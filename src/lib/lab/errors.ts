/**
 * A client's error message as the lab records it: the same words from one run
 * to the next, so a changed message means a changed client. Addresses, ports,
 * URLs and the lab's paths change every run and are replaced by placeholders.
 */

const MAX_LENGTH = 160;

export function normaliseError(message: string): string {
	const text = message
		.split('\n')[0]
		.replace(/https?:\/\/[^\s'"()]+/g, '<url>')
		.replace(/\/lab\/[^\s'"()]+/g, '<path>')
		.replace(/\[?::1\]?:\d+|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?|localhost:\d+/g, '<address>')
		.replace(/\b(host|port)=('[^']*'|\d+)/g, '$1=<$1>')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
