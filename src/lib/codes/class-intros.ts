/**
 * What each class page says about its class, in the site's own words. HTML is
 * allowed (links, code) and is authored here, never taken from user input.
 */
import type { ClassDigit } from './status-classes';

const rfc = (section: string) => `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`;

export const CLASS_INTROS: Record<ClassDigit, string[]> = {
	1: [
		'A 1xx response is a progress report, not an answer. The server sends it while it is still working on the request, and the real response follows on the same connection. A client can receive several of them before the final one.',
		`HTTP/1.0 had no 1xx responses, so a server must not send one to an HTTP/1.0 client (<a href="${rfc('15.2')}">RFC 9110 §15.2</a> says a server MUST NOT). A client must be ready to read and skip any 1xx it does not understand, including ones that arrive unasked.`,
		'Most developers never handle these by hand: HTTP libraries deal with <code>100 Continue</code> and protocol switches for you. <code>103 Early Hints</code> is the one worth knowing when you tune page loads.',
	],
	2: [
		'A 2xx response says the request worked. Which code you get tells you what kind of success it was: content in the body (200), something new was created (201), the work was only queued (202), or there is nothing to send back (204).',
		'A client that gets a 2xx code it does not know treats it as <code>200 OK</code>. For an API designer the choice matters mostly for what the body and headers contain: 201 points at the new resource, 204 has no body at all, 206 carries only part of one.',
	],
	3: [
		'A 3xx response says the client has to do something else to finish the request, almost always to send it again to another URL given in the <code>Location</code> header. Browsers and most HTTP libraries follow these redirects automatically.',
		`Two questions pick the right redirect when a resource moves: is the move permanent (301, 308) or temporary (302, 307), and must the method and body survive (307, 308) or may a POST turn into a GET (301, 302)? <code>303 See Other</code> answers something else: the resource has not moved, and the client is sent to a different one, which it fetches with GET (<a href="${rfc('15.4.4')}">RFC 9110 §15.4.4</a>), as after a form submission. <code>304 Not Modified</code> is the odd one out: it is not a redirect but a reply to a conditional request, telling the client its cached copy is still good.`,
		'A client that gets a 3xx code it does not know treats it as <code>300 Multiple Choices</code>. Clients should notice redirect loops and stop following them.',
	],
	4: [
		`A 4xx response blames the request: it was malformed, unauthenticated, not allowed, aimed at something that does not exist, too big, too frequent, or otherwise unacceptable. Sending it again unchanged will usually get the same answer; fix the request first. The exceptions are about timing and connections, not content: after <code>408</code> the client can send the same request again (<a href="${rfc('15.5.9')}">RFC 9110 §15.5.9</a>), after <code>429</code> it waits first, after <code>421</code> it resends on a different connection (<a href="${rfc('15.5.20')}">§15.5.20</a>), and after <code>425</code> it resends once the TLS handshake is complete (<a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>).`,
		`Except when answering a <code>HEAD</code> request, the server should explain the problem in the body and say whether it is temporary (<a href="${rfc('15.5')}">RFC 9110 §15.5</a>). A client that gets a 4xx code it does not know treats it as <code>400 Bad Request</code>.`,
	],
	5: [
		`A 5xx response says the server, or something behind it, failed. The request may have been perfectly fine. Gateways and proxies use this class to report on the server behind them: <code>502</code> when its answer was broken or missing, <code>504</code> when it did not come in time (<a href="${rfc('15.6.3')}">RFC 9110 §15.6.3</a>, <a href="${rfc('15.6.5')}">§15.6.5</a>). The codes describe a role, not a product: a load balancer sends them, and so does your own service when it calls another one and that call fails.`,
		`As with 4xx, the server should describe the error in the body and say whether it is temporary, a user agent should show that body to the user, and every 5xx code applies to any request method (<a href="${rfc('15.6')}">RFC 9110 §15.6</a>). A client that gets a 5xx code it does not know treats it as <code>500 Internal Server Error</code>, and one that gets a status outside 100 to 599, such as the 999 some sites send, should handle it as a server error too (<a href="${rfc('15')}">RFC 9110 §15</a>).`,
		`Many 5xx errors are transient, so retrying idempotent requests (GET, HEAD, PUT, DELETE) with backoff is reasonable. A POST is different: the server may have done part of the work before failing, so a client should resend it on its own only when it has an idempotency key or some other way to know the repeat is harmless (<a href="${rfc('9.2.2')}">RFC 9110 §9.2.2</a>).`,
	],
};
