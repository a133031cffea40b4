/**
 * "Which status code should I use?" as data: a tree of questions whose answers
 * lead either to another question or to a code. A path names one answer by the
 * ids chosen from the first question on, joined by dots (`client.auth.missing`);
 * the guide page uses paths as element ids and URL fragments, so a step can be
 * shared and reloaded.
 */

export interface GuideQuestion {
	question: string;
	answers: GuideAnswer[];
}

export interface GuideResult {
	/** The code to send; must have an entry in `content/codes/`. */
	code: number;
	/** One sentence on why this code fits. */
	why: string;
}

export interface GuideAnswer {
	/** Lower-case words joined by hyphens; unique among its siblings. */
	id: string;
	label: string;
	next: GuideQuestion | GuideResult;
}

export function isResult(step: GuideQuestion | GuideResult): step is GuideResult {
	return 'code' in step;
}

/** `client` + `auth` → `client.auth`; the first question has the empty path. */
export function joinPath(parent: string, id: string): string {
	return parent ? `${parent}.${id}` : id;
}

/** `client.auth` → `client`: the step an answer was chosen in, the empty path for the first question. */
export function parentPath(path: string): string {
	return path.slice(0, Math.max(path.lastIndexOf('.'), 0));
}

/** The element id (and URL fragment) of the first question, which has no path of its own. */
export const GUIDE_START_ID = 'start';

/** The element id of a step: its path, or `GUIDE_START_ID` for the first question. */
export function stepId(path: string): string {
	return path || GUIDE_START_ID;
}

const methodQuestion = (keep: GuideResult, change: GuideResult): GuideQuestion => ({
	question: 'Must the client repeat the same method and body at the new URL?',
	answers: [
		{ id: 'keep', label: 'Yes: a POST or PUT has to arrive there as a POST or PUT, body and all', next: keep },
		{ id: 'any', label: 'No: the URL is only read with GET, or turning a POST into a GET is fine', next: change },
	],
});

export const GUIDE: GuideQuestion = {
	question: 'How did the request turn out?',
	answers: [
		{
			id: 'success',
			label: 'It worked',
			next: {
				question: 'What did it produce?',
				answers: [
					{ id: 'ok', label: 'A result for the body: the data that was read, or the outcome of an action', next: { code: 200, why: 'The everyday success: the body carries the answer.' } },
					{ id: 'created', label: 'A new resource, made by this request', next: { code: 201, why: 'Point at the new resource with Location so the client can fetch it.' } },
					{ id: 'accepted', label: 'Nothing yet: the work is queued and happens later', next: { code: 202, why: 'Only the hand-over succeeded; give the client something to poll for the outcome.' } },
					{ id: 'empty', label: 'Nothing to send back: the action is done', next: { code: 204, why: 'Success with a deliberately empty body, typical for DELETE and for updates.' } },
					{ id: 'partial', label: 'Only the byte range the client asked for with Range', next: { code: 206, why: 'Send that part, with Content-Range saying which bytes they are.' } },
				],
			},
		},
		{
			id: 'elsewhere',
			label: 'The answer is not here: it is at another URL, or the client already has it',
			next: {
				question: 'Where is the answer?',
				answers: [
					{
						id: 'moved',
						label: 'The resource itself now lives at another URL',
						next: {
							question: 'Is the move for good?',
							answers: [
								{
									id: 'permanent',
									label: 'Yes: clients should switch to the new URL',
									next: methodQuestion(
										{ code: 308, why: 'The permanent redirect that keeps the method and the body.' },
										{ code: 301, why: 'The classic permanent redirect; clients may turn a POST into a GET when they follow it.' },
									),
								},
								{
									id: 'temporary',
									label: 'No: it is there for now, and clients keep using this URL',
									next: methodQuestion(
										{ code: 307, why: 'The temporary redirect that keeps the method and the body.' },
										{ code: 302, why: 'The classic temporary redirect; clients may turn a POST into a GET when they follow it.' },
									),
								},
							],
						},
					},
					{ id: 'see-other', label: 'A different resource holds the outcome, to fetch with GET (say, after a form POST)', next: { code: 303, why: 'Sends the client on to GET another URL: the post/redirect/get pattern.' } },
					{ id: 'not-modified', label: 'The client asked conditionally (If-None-Match, If-Modified-Since) and its cached copy is still current', next: { code: 304, why: 'No body: the client reuses the copy it already holds.' } },
				],
			},
		},
		{
			id: 'client',
			label: 'It failed because of the request',
			next: {
				question: 'What is wrong with the request?',
				answers: [
					{
						id: 'auth',
						label: 'Who sent it: credentials or permissions',
						next: {
							question: 'Does it carry valid credentials?',
							answers: [
								{ id: 'missing', label: 'No: they are missing, expired or wrong', next: { code: 401, why: 'Ask the client to authenticate, naming the scheme in WWW-Authenticate. Use it only when logging in could change the answer.' } },
								{ id: 'blocked', label: 'It does not matter: a rule refuses it whoever sends it (an IP range, a region)', next: { code: 403, why: 'No login would get this request through, so there is nothing to challenge for: refuse it.' } },
								{ id: 'denied', label: 'Yes, but this caller is not allowed to do this', next: { code: 403, why: 'The same credentials will keep failing; other credentials, with the right role or scope, might succeed.' } },
								{ id: 'proxy', label: 'A proxy between the client and the server wants credentials of its own', next: { code: 407, why: 'The proxy names its scheme in Proxy-Authenticate, and the client answers with Proxy-Authorization.' } },
							],
						},
					},
					{
						id: 'target',
						label: 'What it asks for: the URL, the method or the format',
						next: {
							question: 'What is wrong with the target?',
							answers: [
								{ id: 'not-found', label: 'Nothing is there, or you would rather not admit that something is', next: { code: 404, why: 'Nothing at this URL, with no promise about whether that will change.' } },
								{ id: 'gone', label: 'Something was there, was removed on purpose and will not return', next: { code: 410, why: 'A deliberate, lasting removal: clients and search engines should drop their links.' } },
								{ id: 'method', label: 'The resource exists but does not support this method', next: { code: 405, why: 'List the methods it does support in the Allow header.' } },
								{ id: 'not-acceptable', label: 'The resource exists, but in no format, language or encoding its Accept headers allow', next: { code: 406, why: 'Refuse to pick a representation, and list the ones available; serving a sensible default is often kinder.' } },
								{ id: 'range', label: 'The byte range it asked for with Range lies outside the resource', next: { code: 416, why: 'Say how long the resource really is with Content-Range: bytes */length.' } },
								{ id: 'too-long', label: 'The URL itself is longer than the server will read', next: { code: 414, why: 'Refuse the target; data that long belongs in a request body.' } },
							],
						},
					},
					{
						id: 'content',
						label: 'What it sends: the body or its headers',
						next: {
							question: 'What is wrong with what it sends?',
							answers: [
								{ id: 'malformed', label: 'It cannot be read: broken syntax, framing or parameters', next: { code: 400, why: 'The general answer to a request the server cannot parse or accept as sent.' } },
								{ id: 'invalid', label: 'It parses, but its values break validation or business rules', next: { code: 422, why: 'Well-formed and of a supported type, yet the content itself is wrong.' } },
								{ id: 'conflict', label: 'It is valid, but clashes with the current state of the resource', next: { code: 409, why: 'The request could work, just not against the resource as it stands now.' } },
								{ id: 'precondition', label: 'A condition it set (If-Match, If-Unmodified-Since) turned out false', next: { code: 412, why: 'Nothing was changed, because the client’s idea of the resource is out of date.' } },
								{ id: 'precondition-required', label: 'It sets no condition, but this resource only takes conditional updates', next: { code: 428, why: 'Ask for If-Match (or another condition), so that two clients cannot overwrite each other’s changes unseen.' } },
								{ id: 'too-large', label: 'Its body is bigger than the server accepts', next: { code: 413, why: 'Refuse the body for its size, ideally before reading all of it.' } },
								{ id: 'media-type', label: 'Its body is in a format (Content-Type or encoding) the server does not take', next: { code: 415, why: 'Refuse the format, and say which formats the resource accepts.' } },
							],
						},
					},
					{
						id: 'framing',
						label: 'How it is framed: header fields too large, or no Content-Length',
						next: {
							question: 'What is wrong with its framing?',
							answers: [
								{ id: 'headers-too-large', label: 'Its header fields are too large, all together or one of them (often a cookie)', next: { code: 431, why: 'Refuse the header section, and say which field was too large if you can tell.' } },
								{ id: 'length-required', label: 'Its body comes without a Content-Length, and the server needs one', next: { code: 411, why: 'The client can send the same body again with its length declared.' } },
							],
						},
					},
					{
						id: 'connection',
						label: 'How it reached the server: too slowly, on the wrong connection or protocol',
						next: {
							question: 'What went wrong on the way in?',
							answers: [
								{ id: 'too-slow', label: 'It arrived too slowly: the server stopped waiting for the rest of it', next: { code: 408, why: 'Close the connection; the client can send the request again on a new one.' } },
								{ id: 'misdirected', label: 'It reached a server that cannot answer for that host on this connection', next: { code: 421, why: 'The client can send it again on a new connection to the right server, whatever its method.' } },
								{ id: 'upgrade', label: 'It uses a protocol the server refuses here, though it would serve the request over another one', next: { code: 426, why: 'Name the protocol to switch to in the Upgrade header.' } },
							],
						},
					},
					{ id: 'too-many', label: 'How often it is sent: too many requests in a time window', next: { code: 429, why: 'Rate limiting; Retry-After can tell the client how long to wait.' } },
					{ id: 'legal', label: 'Whether it may be served at all: a legal demand blocks it', next: { code: 451, why: 'A court order, takedown or national block; say who demanded it.' } },
				],
			},
		},
		{
			id: 'server',
			label: 'It failed because of the server',
			next: {
				question: 'What went wrong on the server?',
				answers: [
					{ id: 'bug', label: 'Something unexpected: a bug, a crash or a broken configuration', next: { code: 500, why: 'The general server failure: the request was fine, the server was not.' } },
					{ id: 'not-implemented', label: 'It does not support the method or feature the request needs', next: { code: 501, why: 'The server lacks what the request needs: a method it does not recognise, or a feature this server or endpoint does not offer.' } },
					{ id: 'unavailable', label: 'It cannot cope right now: overloaded or down for maintenance', next: { code: 503, why: 'A passing state; Retry-After can say when to come back.' } },
					{
						id: 'gateway',
						label: 'It is a gateway or proxy, and the server behind it failed',
						next: {
							question: 'How did the server behind it fail?',
							answers: [
								{ id: 'bad-response', label: 'It sent an invalid response or none at all (crashed, refused the connection)', next: { code: 502, why: 'The gateway got nothing usable from upstream.' } },
								{ id: 'timeout', label: 'It did not answer in time', next: { code: 504, why: 'The gateway gave up waiting for upstream.' } },
								{ id: 'not-called', label: 'It was not asked: no healthy instance is left, or a circuit breaker is open', next: { code: 503, why: 'Nothing reached the upstream, so report the service as unavailable for now, with Retry-After if you can.' } },
							],
						},
					},
					{ id: 'storage', label: 'It has no room to store what the request needs: a full disk or a used-up quota', next: { code: 507, why: 'Say which limit was hit; the same request can succeed once space is freed.' } },
					{ id: 'version', label: 'It does not speak the HTTP major version the request uses', next: { code: 505, why: 'Refuse the version itself; a request line that does not parse is a 400 instead.' } },
					{ id: 'network', label: 'It is the network’s captive portal, and the user has not signed in to the network yet', next: { code: 511, why: 'For the intercepting gateway only; a site that wants its own users to log in answers 401.' } },
				],
			},
		},
	],
};

export interface GuideLeaf extends GuideResult {
	path: string;
	/** The questions asked on the way, first to last. */
	questions: string[];
	/** The answer chosen to each of them. */
	answers: string[];
}

/** Every route from the first question to a code, depth first in answer order. */
export function guideLeaves(question: GuideQuestion = GUIDE, parent = '', asked: { questions: string[]; answers: string[] } = { questions: [], answers: [] }): GuideLeaf[] {
	return question.answers.flatMap((answer) => {
		const path = joinPath(parent, answer.id);
		const trail = { questions: [...asked.questions, question.question], answers: [...asked.answers, answer.label] };
		return isResult(answer.next) ? [{ ...answer.next, path, ...trail }] : guideLeaves(answer.next, path, trail);
	});
}
