/**
 * Reading what visitors paste: a log line, a curl transcript, an exception, a Windows
 * error code. Keeps what identifies the error (its words, the status it states) and
 * drops what changes from one occurrence to the next (timestamps, addresses, ids,
 * URLs, paths), which would otherwise be searched as words or read as status codes
 * (`ip=203.0.113.7` is not a 203).
 */

/** Longer pastes are cut: the part that identifies an error comes first, and every word costs a lookup. */
export const MAX_PASTE_LENGTH = 600;

/**
 * Windows codes for HTTP statuses (BITS and WinHTTP, `BG_E_HTTP_ERROR_404` = `0x80190194`):
 * facility 0x19 with the error bit, and the status in the low 16 bits.
 */
const HRESULT = /(?<![\p{L}\p{N}_])0x8019([0-9a-f]{4})(?![\p{L}\p{N}_])/giu;

export function hresultStatus(value: string): number | undefined {
	const match = /^0x8019([0-9a-f]{4})$/i.exec(value.trim());
	return match ? Number.parseInt(match[1], 16) : undefined;
}

/**
 * A file of an installed package in a stack trace, which names the library that raised
 * the error: `/app/node_modules/body-parser/lib/types/json.js:89:19` is body-parser's,
 * `.../site-packages/requests/models.py` is requests'. Only the package's name is kept.
 */
const PACKAGE_FILE = /(?:[^\s"'()<>]*?[\\/])?(?:node_modules|site-packages|dist-packages)[\\/]((?:@[\w.-]+[\\/])?[\w.-]+)[^\s"'()<>]*/g;

/** Parts of a paste that differ every time and never identify the error. */
const NOISE: readonly RegExp[] = [
	// URLs, e-mail addresses.
	/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]*/gi,
	/[\w.+-]+@[\w-]+\.[\w.-]+/g,
	// Host names: lower-case labels ending in a common top-level domain (`api.example.com`, not `java.net.SocketTimeoutException`).
	/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|co|uk|de|fr|eu|info|biz|cloud|local|internal|localhost|example|test|ai|me|us|sh)\b(?![.\w])(?::\d{1,5})?/g,
	// Timestamps: ISO 8601, nginx error log, Apache/nginx access log, bare dates and times.
	/\b\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
	/\b\d{4}\/\d{2}\/\d{2}(?: \d{1,2}:\d{2}:\d{2})?/g,
	/\b\d{1,2}\/[A-Z][a-z]{2}\/\d{4}(?::\d{2}:\d{2}:\d{2})?(?: [+-]\d{4})?/g,
	/\b\d{4}-\d{2}-\d{2}\b/g,
	/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g,
	// IPv4 with an optional port, IPv6.
	/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g,
	/(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?![\w:])/gi,
	/\[::1?\]/g,
	// Keys of a JSON body or Python dict (`"error": {"code": …, "message": …}`): the envelope, not the error's words.
	/(["'])[\w-]+\1\s*:/g,
	// UUIDs.
	/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
	// Source positions in stack traces: `server.js:123:45`.
	/[\w./\\-]+\.(?:js|mjs|cjs|ts|tsx|jsx|py|rb|go|java|kt|php|cs|rs|scala|ex|exs):\d+(?::\d+)?/gi,
	// nginx's process, connection and errno numbers: `2811#2811: *91`, `(110: Connection timed out)` keeps its words.
	/\b\d+#\d+:?/g,
	/\*\d+\b/g,
	/(?<=\()\d+(?=: )/g,
	/\berrno\s*[=:]?\s*-?\d+/gi,
];

/** A token that is an identifier of one occurrence: hex ids, or letters and digits mixed in several runs (`ord_9f3k2`); not a Windows error code (`0x80070021`), which identifies the error. */
function isVariableToken(token: string): boolean {
	if (/^0x[0-9a-f]{8}$/i.test(token)) return false;
	if (/^(?=.*\d)[0-9a-f]{8,}$/i.test(token)) return true;
	const digitRuns = token.match(/\d+/g)?.length ?? 0;
	return token.length >= 6 && digitRuns >= 2 && /[a-z]/i.test(token);
}

/** A path (`/api/users`, `./x`, `C:\inetpub\...`), but not `HTTP/1.1` or a media type. */
function isPath(token: string): boolean {
	return /^(?:~?\.{0,2}\/|[A-Za-z]:\\)/.test(token);
}

export interface PastedText {
	/** The text without noise, for word matching. */
	text: string;
	/** Status codes the paste states in so many words, in order, known or not: `HTTP/1.1 429`, `0x80190194`, `status 0`. */
	stated: number[];
}

/**
 * A number in the place of a status: `HTTP/1.1 429`, `< HTTP/2 403`, `status: 0`,
 * `status code 502`, `HTTP status 0` (any number, so that `status 0` can be answered),
 * and `code=404` (three digits only: `exit code 1` is not a status).
 */
const STATUS_PLACE = [
	/(?:\bHTTP\/\d(?:\.\d)?|\bstatus(?:[\s_-]*code)?)\s*[:=]?\s*(\d{1,3})(?![\p{L}\p{N}_]|\.\d)/giu,
	/(?<!\bexit\s)\bcode\s*[:=]?\s*(\d{3})(?![\p{L}\p{N}_]|\.\d)/giu,
];

/**
 * Codes written with letters for digits, as people type them (`5o3`, `4O4`, `4l9`): a
 * token of three that starts with a digit and has an `o` for 0 or an `l`/`I` for 1.
 */
export function lettersAsDigits(token: string): string | undefined {
	if (!/^[1-9][0-9oOlI]{2}$/.test(token) || /^\d+$/.test(token)) return undefined;
	return token.replace(/[oO]/g, '0').replace(/[lI]/g, '1');
}

/**
 * A status code inside an identifier: `Http404`, `E403` (npm), `Status404NotFound`,
 * `HTTP_404`, `ERR_HTTP_404`. Only after a word that means a status, so `x509` or
 * `sha256` are not codes.
 */
const CODE_IN_IDENTIFIER = /^(?:(?:e|err|error|http|https|status|statuscode|httpstatus|sc|code)[_-]?)+(\d{3})(?=$|[_A-Z-])/i;

export function codeInIdentifier(token: string): number | undefined {
	const match = CODE_IN_IDENTIFIER.exec(token);
	return match ? Number(match[1]) : undefined;
}

export function readPasted(query: string): PastedText {
	const stated: number[] = [];
	let text = query.slice(0, MAX_PASTE_LENGTH);
	text = text.replace(HRESULT, (_, hex: string) => {
		stated.push(Number.parseInt(hex, 16));
		return ' ';
	});
	text = text.replace(PACKAGE_FILE, (_, name: string) => ` ${name} `);
	for (const pattern of NOISE) text = text.replace(pattern, ' ');
	const places = STATUS_PLACE.flatMap((pattern) => [...text.matchAll(pattern)]).sort((a, b) => a.index - b.index);
	for (const match of places) stated.push(Number(match[1]));
	// `HTTP/1.1` would be read as the words `http` and `1`.
	text = text.replace(/\bHTTP\/\d(?:\.\d)?(?![\p{L}\p{N}_])/giu, ' ');
	text = text
		.split(/\s+/)
		.map((token) => {
			const bare = token.replace(/^[("'[<{]+|[)"'\]>},.;:!?]+$/g, '');
			if (isPath(bare) || isVariableToken(bare)) return '';
			const digits = lettersAsDigits(bare);
			return digits ? token.replace(bare, digits) : token;
		})
		.filter(Boolean)
		.join(' ');
	return { text, stated: [...new Set(stated)] };
}
