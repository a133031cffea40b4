/**
 * The raw HTTP/1.1 exchanges of an entry's Example section, read as a reader
 * would copy them: which messages a block shows, their heads and bodies, and the
 * framing rules a real parser would enforce (RFC 9112 §6). Pure: the test that
 * feeds the bytes to Node's llhttp is in `tests/http-examples.test.ts`.
 */

/** The character that marks a body shown only in part; such a body is not measured. */
export const ELLIPSIS = '…';

export interface HttpMessage {
	kind: 'request' | 'response';
	/** The request line or status line. */
	startLine: string;
	/** Request method, for a request. */
	method?: string;
	/** Status code, for a response. */
	status?: number;
	headers: [name: string, value: string][];
	/** The body as shown (lines joined with "\n", no trailing newline); empty when none is shown. */
	body: string;
	/**
	 * The body is shown only in part, so its length is not checked: it contains "…",
	 * or it is a request with Expect that waits for an answer before sending its body.
	 */
	partial: boolean;
	/** Line of the message's first line within the file. */
	line: number;
}

export interface HttpBlock {
	/** Line of the opening fence within the file. */
	line: number;
	messages: HttpMessage[];
}

export interface HttpExample {
	blocks: HttpBlock[];
	/** The section's text outside code blocks, where an example may say why it leaves a header out. */
	prose: string;
}

const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/(\d\.\d)$/;
const STATUS_LINE = /^HTTP\/(\d\.\d) (\d{3})(?: (.*))?$/;

/** The "## Example" section of an MDX body: its http blocks and its prose. */
export function readExample(body: string, bodyLine = 1): HttpExample {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => /^## Example\s*$/.test(line));
	if (start === -1) return { blocks: [], prose: '' };
	let end = lines.findIndex((line, index) => index > start && /^## /.test(line));
	if (end === -1) end = lines.length;

	const blocks: HttpBlock[] = [];
	const prose: string[] = [];
	for (let index = start + 1; index < end; index++) {
		const fence = lines[index].match(/^(`{3,})(\S*)/);
		if (!fence) {
			prose.push(lines[index]);
			continue;
		}
		const close = lines.findIndex((line, at) => at > index && line.startsWith(fence[1]) && line.trim() === fence[1]);
		const content = lines.slice(index + 1, close === -1 ? end : close);
		if (fence[2] === 'http') blocks.push({ line: bodyLine + index, messages: splitMessages(content, bodyLine + index + 1) });
		index = close === -1 ? end : close;
	}
	return { blocks, prose: prose.join('\n') };
}

function isStartLine(line: string): boolean {
	return REQUEST_LINE.test(line) || STATUS_LINE.test(line);
}

/**
 * Splits a block into the messages it shows. A message starts at a request or
 * status line at the top of the block or after a blank line; its head runs to
 * the first blank line and its body to the next message or the end of the block.
 */
export function splitMessages(lines: readonly string[], firstLine = 1): HttpMessage[] {
	const starts = lines.flatMap((line, index) => (isStartLine(line) && (index === 0 || lines[index - 1] === '') ? [index] : []));
	if (starts[0] !== 0) starts.unshift(0);
	return starts.map((from, at) => {
		const to = starts[at + 1] ?? lines.length;
		const chunk = lines.slice(from, to);
		const blank = chunk.indexOf('');
		const head = blank === -1 ? chunk : chunk.slice(0, blank);
		const bodyLines = blank === -1 ? [] : chunk.slice(blank + 1);
		while (bodyLines.length > 0 && bodyLines.at(-1) === '') bodyLines.pop();
		const body = bodyLines.join('\n');
		const [startLine, ...fields] = head;
		const request = startLine.match(REQUEST_LINE);
		const status = startLine.match(STATUS_LINE);
		const headers = fields.map((field): [string, string] => {
			const colon = field.indexOf(':');
			return colon === -1 ? [field, ''] : [field.slice(0, colon), field.slice(colon + 1).trim()];
		});
		// A request with Expect holds its body back until the server answers (RFC 9110 §10.1.1).
		const awaitsAnswer = request !== null && body === '' && headers.some(([name]) => /^expect$/i.test(name));
		return {
			kind: status ? 'response' : 'request',
			startLine,
			...(request && { method: request[1] }),
			...(status && { status: Number(status[2]) }),
			headers,
			body,
			partial: body.includes(ELLIPSIS) || awaitsAnswer,
			line: firstLine + from,
		} satisfies HttpMessage;
	});
}

export function header(message: HttpMessage, name: string): string | undefined {
	return message.headers.find(([field]) => field.toLowerCase() === name.toLowerCase())?.[1];
}

function isChunked(message: HttpMessage): boolean {
	return /(^|,)\s*chunked\s*$/i.test(header(message, 'Transfer-Encoding') ?? '');
}

/** Statuses whose responses never carry content (RFC 9110 §6.4.1, RFC 9112 §6.3). */
function bodilessStatus(status: number): boolean {
	return (status >= 100 && status < 200) || status === 204 || status === 304;
}

/**
 * The framing problems a reader copying this message would hit, each one a
 * sentence. `requestMethod` is the method of the request the response answers,
 * when the example shows it (a response to HEAD has no content).
 */
export function framingProblems(message: HttpMessage, requestMethod?: string): string[] {
	const problems: string[] = [];
	const where = `line ${message.line} (${message.startLine})`;
	if (!isStartLine(message.startLine)) {
		problems.push(`${where}: not a request line or status line`);
		return problems;
	}
	for (const [name, value] of message.headers) {
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || value === undefined) problems.push(`${where}: "${name}" is not a header field line`);
	}
	const length = header(message, 'Content-Length');
	const shown = message.body.length > 0;
	if (message.kind === 'response') {
		if (bodilessStatus(message.status!) && shown) problems.push(`${where}: a ${message.status} response has no content, but a body is shown`);
		if (requestMethod === 'HEAD' && shown) problems.push(`${where}: a response to HEAD has no content, but a body is shown`);
	} else if (shown && length === undefined && !isChunked(message)) {
		problems.push(`${where}: the request shows a body without Content-Length or chunked framing, so a server reads it as the next request`);
	}
	if (length !== undefined && !/^\d+$/.test(length)) problems.push(`${where}: Content-Length "${length}" is not a number`);
	const bodyExpected = !(message.kind === 'response' && (bodilessStatus(message.status!) || requestMethod === 'HEAD'));
	if (length !== undefined && /^\d+$/.test(length) && bodyExpected && !message.partial && !isChunked(message)) {
		const bytes = new TextEncoder().encode(message.body).length;
		if (bytes !== Number(length)) {
			problems.push(`${where}: Content-Length is ${length} but the body shown is ${bytes} bytes (mark a body shown in part with "${ELLIPSIS}")`);
		}
	}
	return problems;
}

/** The most filler bytes that stand in for a body shown in part (a 700 MB upload is parsed as 4 KiB). */
export const FILLER_MAX = 4_096;

/** The content length the wire form of `message` declares: a partial body's filler is capped at FILLER_MAX. */
export function wireLength(message: HttpMessage): number | undefined {
	const length = header(message, 'Content-Length');
	if (length === undefined || !/^\d+$/.test(length)) return undefined;
	return message.partial ? Math.min(Number(length), FILLER_MAX) : Number(length);
}

/**
 * The bytes a client or server would put on the wire for the messages of a block:
 * heads with CRLF, bodies as shown. A partial body is replaced by filler of the
 * declared length (at most FILLER_MAX), so the parser still sees a well-framed message.
 */
export function toWire(messages: readonly HttpMessage[]): Uint8Array {
	const encoder = new TextEncoder();
	const parts = messages.map((message) => {
		const length = wireLength(message);
		const fields = message.headers.map(([name, value]) => `${name}: ${/^content-length$/i.test(name) && length !== undefined ? length : value}`);
		const head = [message.startLine, ...fields].join('\r\n') + '\r\n\r\n';
		if (isChunked(message)) return head + message.body.split('\n').join('\r\n') + '\r\n\r\n';
		return head + (message.partial && length !== undefined ? 'x'.repeat(length) : message.body);
	});
	return encoder.encode(parts.join(''));
}
