import { describe, expect, test } from 'vitest';
import { createVocabulary } from './spelling';
import { embeddedCode, exactCode, identifierWords, keepEnds, MAX_KEYWORDS, MAX_QUERY_LENGTH, mentionedCodes, phrasesOf, planQuery, preferRegistered, queryWords, statedNames, stripQualifiers, wholePhrase } from './query';

const known = new Set([403, 404, 410, 429]);

describe('exactCode', () => {
	test('recognises a known code typed alone or after "http"', () => {
		expect(exactCode(' 429 ', known)).toBe(429);
		expect(exactCode('HTTP 404', known)).toBe(404);
	});

	test('ignores unknown numbers and longer queries', () => {
		expect(exactCode('430', known)).toBeUndefined();
		expect(exactCode('429 retry', known)).toBeUndefined();
	});
});

describe('stripQualifiers', () => {
	test('keeps the last part of qualified constants', () => {
		expect(stripQualifiers('Response::HTTP_NOT_FOUND')).toBe('HTTP_NOT_FOUND');
		expect(stripQualifiers('HttpStatus.NOT_FOUND')).toBe('NOT_FOUND');
		expect(stripQualifiers('http::StatusCode::TOO_MANY_REQUESTS')).toBe('TOO_MANY_REQUESTS');
		expect(stripQualifiers('http.StatusTooManyRequests')).toBe('StatusTooManyRequests');
		expect(stripQualifiers(':not_found')).toBe('not_found');
	});

	test('leaves plain words and numbers alone', () => {
		expect(stripQualifiers('rate limit 1.1')).toBe('rate limit 1.1');
	});
});

describe('identifierWords', () => {
	test('splits camel case, acronyms and snake case and drops framework prefixes', () => {
		expect(identifierWords('StatusTooManyRequests')).toBe('too many requests');
		expect(identifierWords('HTTP_NOT_FOUND')).toBe('not found');
		expect(identifierWords('SC_FORBIDDEN')).toBe('forbidden');
		expect(identifierWords('IMUsed')).toBe('im used');
	});

	test('keeps a prefix word when it is the whole name', () => {
		expect(identifierWords('Status')).toBe('status');
	});
});

describe('embeddedCode', () => {
	test('finds a known code inside a constant', () => {
		expect(embeddedCode('HTTP_429_TOO_MANY_REQUESTS', known)).toBe(429);
		expect(embeddedCode('HTTP_418_IM_A_TEAPOT', known)).toBeUndefined();
		expect(embeddedCode('HTTP_4290', known)).toBeUndefined();
	});
});

describe('mentionedCodes', () => {
	test('finds known codes among other words, in the order typed', () => {
		expect(mentionedCodes('what does 429 mean', known)).toEqual([429]);
		expect(mentionedCodes('404 vs 403 vs 404', known)).toEqual([404, 403]);
	});

	test('takes a number with a unit of time or size for a measure, not a code', () => {
		expect(mentionedCodes('request took longer than 404 seconds', known)).toEqual([]);
		expect(mentionedCodes('upload a 429 MB file, 410 % of the limit', known)).toEqual([]);
		expect(mentionedCodes('410 Gone after 429 ms', known)).toEqual([410]);
		expect(mentionedCodes('429 Too Many Requests', known)).toEqual([429]);
	});

	test('ignores unknown numbers and digits that are part of a longer number or word', () => {
		expect(mentionedCodes('error 999 after 4290 ms on v404 or http2', known)).toEqual([]);
	});
});

describe('queryWords', () => {
	test('lower-cases and splits on punctuation', () => {
		expect(queryWords("Cloudflare: origin-down, I'm")).toEqual(['cloudflare', 'origin', 'down', "i'm"]);
	});
});

describe('planQuery', () => {
	const vocabulary = createVocabulary([
		'too', 'many', 'requests', 'http_too_many_requests', 'forbidden', 'timeout', 'request', 'cannot', 'post', 'not', 'logged',
		'token', 'expired', 'upstream', 'timed', 'out', 'reading', 'header', 'connection', 'content', 'type', 'contenttype',
		'httpstatusno_content', 'no_content', 'httpstatus', 'spring', 'responseentity', 'nocontent', 'build',
	]);

	test('searches a constant the site indexes whole, joined with its qualifier, its parts if that finds nothing', () => {
		const plan = planQuery('HttpStatus.NO_CONTENT', known, vocabulary);
		expect(plan.keywords).toEqual(['httpstatusno_content']);
		expect(plan.fallbacks).toEqual({ httpstatusno_content: ['httpstatus', 'no_content'] });
	});

	test('takes a dotted product name for a word, a qualified name in code for an identifier', () => {
		const vocabulary = createVocabulary(['aspnet', 'core', 'httpstatusconflict']);
		expect(planQuery('ASP.NET Core', known, vocabulary)).toMatchObject({ keywords: ['aspnet', 'core'], identifiers: [] });
		expect(planQuery('HttpStatus.CONFLICT', known, vocabulary)).toMatchObject({ keywords: ['httpstatusconflict'], identifiers: ['httpstatusconflict'] });
	});

	test('weighs the name in a qualified name as an identifier, and what qualifies it as a word', () => {
		const plan = planQuery('HttpURLConnection.HTTP_UNAUTHORIZED', known, createVocabulary(['httpurlconnection', 'http_unauthorized']));
		expect(plan.keywords).toEqual(['httpurlconnection', 'http_unauthorized']);
		expect(plan.identifiers).toEqual(['http_unauthorized']);
		expect(plan.qualifiers).toEqual(['httpurlconnection']);
		const chain = planQuery('ResponseEntity.noContent().build()', known, createVocabulary(['responseentity', 'nocontent', 'build']));
		expect(chain).toMatchObject({ identifiers: ['nocontent'], qualifiers: ['responseentity'] });
		expect(planQuery('HttpURLConnection', known, createVocabulary(['httpurlconnection'])).identifiers).toEqual(['httpurlconnection']);
	});

	test('marks the name that code passes as the status, not the call around it', () => {
		const plan = planQuery('rails redirect_to root_path, status: :see_other', known, createVocabulary(['rails', 'redirect_to', 'root', 'path', 'see_other']));
		expect(plan.identifiers).toEqual(['redirect_to', 'see_other']);
		expect(plan.stated).toEqual(['see_other']);
		expect(planQuery('render json: errors, status: :conflict', known, createVocabulary(['render', 'json', 'errors', 'conflict'])).stated).toEqual(['conflict']);
	});

	test('marks a qualified name passed as the status, joined or by its last part, whichever the site has', () => {
		expect(planQuery('status=HttpStatus.CONFLICT', known, createVocabulary(['httpstatusconflict'])).stated).toEqual(['httpstatusconflict']);
		expect(planQuery('status=HttpStatus.CONFLICT', known, createVocabulary(['httpstatus', 'conflict'])).stated).toEqual(['conflict']);
		expect(planQuery('res.status(HttpStatus.CONFLICT)', known, createVocabulary(['httpstatus', 'conflict', 'res'])).stated).toEqual(['conflict']);
	});

	test('splits a PHP member access at ->, not at its hyphen', () => {
		expect(planQuery('$this->forbidden()', known, createVocabulary(['forbidden'])).keywords).toEqual(['forbidden']);
	});

	test('keeps a word typed on its own at full weight even when it also qualifies a name', () => {
		const vocabulary = createVocabulary(['django', 'core', 'exceptions', 'permissiondenied']);
		expect(planQuery('django.core.exceptions.PermissionDenied', known, vocabulary).qualifiers).toEqual(['django', 'core', 'exceptions']);
		expect(planQuery('django django.core.exceptions.PermissionDenied', known, vocabulary).qualifiers).toEqual(['core', 'exceptions']);
		expect(planQuery('UnknownThing.HTTP_UNAUTHORIZED', known, createVocabulary(['unknown', 'thing', 'http_unauthorized'])).qualifiers).toEqual(['unknown', 'thing']);
	});

	test('searches a constant the site does not index by the words of its name', () => {
		expect(planQuery('SC_FORBIDDEN', known, vocabulary).keywords).toEqual(['forbidden']);
		expect(planQuery('ResponseEntity.noContent().build()', known, vocabulary).keywords).toEqual(['responseentity', 'nocontent', 'build']);
	});

	test('corrects misspelt words and leaves words the site never uses unsearched', () => {
		expect(planQuery('to many reqests', known, vocabulary).keywords).toEqual(['many', 'requests']);
		expect(planQuery('zqxjv timeout', known, vocabulary).keywords).toEqual(['timeout']);
	});

	test('tells the corrections, which are guesses, from the words typed', () => {
		expect(planQuery('to many reqests', known, vocabulary).corrected).toEqual(['requests']);
		expect(planQuery('too many requests', known, vocabulary).corrected).toEqual([]);
	});

	test('has no answer for a query made mostly of words the site never uses', () => {
		expect(planQuery('asdfqwerzxcv', known, vocabulary).answerable).toBe(false);
		expect(planQuery('lorem ipsum dolor sit amet', known, vocabulary).answerable).toBe(false);
		expect(planQuery('zqxjv timeout', known, vocabulary).answerable).toBe(true);
	});

	test('leaves words that carry no meaning out of the keywords, and words every page uses unless nothing else is left', () => {
		expect(planQuery('what does the error mean for my request', known, vocabulary).keywords).toEqual(['request']);
		expect(planQuery('http error', known, vocabulary).keywords).toEqual(['http', 'error']);
		expect(planQuery('not logged in', known, vocabulary).keywords).toEqual(['not', 'logged']);
		expect(planQuery('why do I get this', known, vocabulary).keywords).toEqual([]);
		expect(planQuery('Cannot GET /login', known, vocabulary)).toMatchObject({ keywords: ['cannot', 'get'], phrases: ['"cannot get"'] });
		expect(planQuery('WHY DO I GET A FORBIDDEN', known, vocabulary).keywords).toEqual(['forbidden']);
	});

	test('marks an exact code, and a code stated in a single token', () => {
		expect(planQuery('429', known)).toMatchObject({ code: 429, pinned: [429], keywords: [] });
		expect(planQuery('status.HTTP_429_TOO_MANY_REQUESTS', known).code).toBe(429);
		expect(planQuery('4o4', known).code).toBe(404);
		expect(planQuery('0x80190194', known).code).toBe(404);
	});

	test('pins a code named among other words without opening it on Enter', () => {
		const plan = planQuery('got a 410 from the api', known);
		expect(plan.code).toBeUndefined();
		expect(plan.pinned).toEqual([410]);
	});

	test('reads the status a pasted line states, not the numbers of its address or time', () => {
		expect(planQuery('< HTTP/2 403', known).pinned).toEqual([403]);
		expect(planQuery('[2026-01-14T09:12:33.123Z] ERROR ip=203.0.113.7 POST /api/orders 429 Too Many Requests', known, vocabulary).pinned).toEqual([429]);
		expect(planQuery('django Http404 exception', known).pinned).toEqual([404]);
		expect(planQuery('npm ERR! code E403', known).pinned).toEqual([403]);
	});

	test('keeps what identifies a pasted error and drops its variable parts', () => {
		const plan = planQuery('2026/01/14 09:12:33 [error] 2811#2811: *91 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.5', known, vocabulary);
		expect(plan.keywords).toEqual(['upstream', 'timed', 'out', 'connection', 'reading', 'header']);
		expect(plan.pinned).toEqual([]);
		expect(plan.missing).toEqual([]);
	});

	test('searches a hyphenated word joined when the site has it so', () => {
		expect(planQuery('wrong Content-Type', known, vocabulary).keywords).toEqual(['contenttype']);
	});

	test('reports status 0 and three-digit numbers no entry has, for the help', () => {
		expect(planQuery('status 0', known, vocabulary)).toMatchObject({ pinned: [], missing: [0], keywords: [], answerable: false });
		expect(planQuery('000', known).missing).toEqual([0]);
		expect(planQuery('error 432 from api', known, vocabulary).missing).toEqual([432]);
	});

	test('lists the codes that begin with one or two digits typed alone', () => {
		expect(planQuery('4', known).pinned).toEqual([403, 404, 410, 429]);
		expect(planQuery('41', known).pinned).toEqual([410]);
	});

	test('searches the keywords in the order typed as phrases', () => {
		expect(planQuery('user not logged in', known, vocabulary).phrases).toEqual(['"not logged"']);
		expect(planQuery('token has expired', known, vocabulary).phrases).toEqual(['"token expired"']);
		expect(planQuery('Cannot POST /api', known, vocabulary).phrases).toEqual(['"cannot post"']);
	});

	test('searches only the first MAX_QUERY_LENGTH characters and MAX_KEYWORDS words of a very long query', () => {
		const plan = planQuery('timeout request '.repeat(2_000), known, vocabulary);
		expect(plan.keywords.length).toBeLessThanOrEqual(MAX_KEYWORDS);
		expect(planQuery(`${'x '.repeat(MAX_QUERY_LENGTH)}timeout`, known, vocabulary).keywords).toEqual([]);
	});
});

describe('keepEnds', () => {
	test('keeps the first words and the last ones of a long list', () => {
		const words = Array.from({ length: 20 }, (_, index) => `w${index}`);
		expect(keepEnds(words, 12)).toEqual([...words.slice(0, 8), ...words.slice(16)]);
		expect(keepEnds(words.slice(0, 5), 12)).toEqual(words.slice(0, 5));
	});
});

describe('statedNames', () => {
	test('reads the name passed as a status in Ruby, Python, Java and C#, the last part of a qualified one', () => {
		expect(statedNames('render json: errors, status: :unprocessable_entity')).toEqual(['unprocessable_entity']);
		expect(statedNames('HTTPException(status_code=status.HTTP_409_CONFLICT)')).toEqual(['statushttp_409_conflict', 'http_409_conflict']);
		expect(statedNames('new ResponseStatusException(status = HttpStatus.CONFLICT)')).toEqual(['httpstatusconflict', 'conflict']);
		expect(statedNames('return new ObjectResult(x) { StatusCode = StatusCodes.Status409Conflict }')).toEqual(['statuscodesstatus409conflict', 'status409conflict']);
		expect(statedNames('res.status(HttpStatus.CONFLICT)')).toEqual(['httpstatusconflict', 'conflict']);
		expect(statedNames(':status => :gone')).toEqual(['gone']);
		expect(statedNames('status: a.:')).toEqual(['a']);
	});

	test('finds nothing where no status is given', () => {
		expect(statedNames('redirect_to root_path')).toEqual([]);
		expect(statedNames('the status is 404')).toEqual([]);
		expect(statedNames('HttpStatusCode.NotFound')).toEqual([]);
	});
});

describe('wholePhrase', () => {
	test('searches a query as long as a message whole, with its stop words', () => {
		expect(wholePhrase('Client sent an HTTP request to an HTTPS server.')).toBe('"client sent an http request to an https server"');
	});

	test('leaves short queries and long pastes to their keywords', () => {
		expect(wholePhrase('too many requests')).toBeUndefined();
		expect(wholePhrase('a b c d e f g h i j k l m n')).toBeUndefined();
	});
});

describe('phrasesOf', () => {
	test('takes runs of two and three keywords, over stop words but not across a break', () => {
		expect(phrasesOf(['rate', 'limit', undefined, 'too', 'many'], new Set(['rate', 'limit', 'too', 'many']))).toEqual(['"rate limit"', '"too many"']);
		expect(phrasesOf(['token', 'has', 'expired', 'now'], new Set(['token', 'expired', 'now']))).toEqual(['"token expired now"', '"token expired"', '"expired now"']);
	});
});

describe('preferRegistered', () => {
	test('lets a registered code overtake a vendor code that scores a little higher', () => {
		const hits = [
			{ code: 420, score: 10, unofficial: true, vendors: 'Twitter' },
			{ code: 429, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['rate', 'limit']).map((hit) => hit.code)).toEqual([429, 420]);
	});

	test('does not count generic words in vendor names as naming the vendor', () => {
		const hits = [
			{ code: 420, score: 10, unofficial: true, vendors: 'Twitter, Yandex Market Partner API' },
			{ code: 429, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['rate', 'limited', 'by', 'api']).map((hit) => hit.code)).toEqual([429, 420]);
	});

	test('keeps a vendor code at full weight when the query names its vendor', () => {
		const hits = [
			{ code: 444, score: 10, unofficial: true, vendors: 'nginx' },
			{ code: 413, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['nginx', 'no', 'response']).map((hit) => hit.code)).toEqual([444, 413]);
	});

	test('keeps a vendor code first when it matches far better, and keeps ties in order', () => {
		const hits = [
			{ code: 522, score: 30, unofficial: true, vendors: 'Cloudflare' },
			{ code: 504, score: 8, unofficial: false, vendors: '' },
			{ code: 502, score: 8, unofficial: false, vendors: '' },
		];
		expect(preferRegistered(hits, ['timed', 'out']).map((hit) => hit.code)).toEqual([522, 504, 502]);
	});
});
