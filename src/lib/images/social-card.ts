/**
 * What the social card images show: one per code, one for every other page.
 * A card is an element tree in the shape Satori lays out (plain objects, no JSX),
 * so this module stays pure; `src/integrations/social-cards.ts` renders the trees.
 */
import { type CodeInfo, displayName, fullTitle, isStatusCode, isUnofficial } from '../codes/codes';
import { SITE_NAME } from '../seo/site';
import { classOf, STATUS_CLASSES } from '../codes/status-classes';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The dark theme of `src/styles/global.css`: light text on a dark ground reads best in a feed (a test keeps them equal). */
export const CARD_COLOURS = {
	page: '#101418',
	ink: '#e8ebee',
	muted: '#a9b3bd',
	line: '#33404c',
	c1: '#b8c0c8',
	c2: '#7ed69a',
	c3: '#8ab4f8',
	c4: '#f6b26b',
	c5: '#f2948c',
	unofficial: '#cfb0f5',
} as const;

export type CardStyle = Record<string, string | number>;

export interface CardNode {
	type: 'div';
	props: { style: CardStyle; children?: string | CardNode | CardNode[] };
}

export interface SocialCard {
	/** Where the PNG is served, e.g. `/og/429.png`. */
	url: string;
	tree: CardNode;
}

const PADDING = 72;

function box(style: CardStyle, children?: CardNode['props']['children']): CardNode {
	return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** The class colour of a code; vendor numbers outside 100–599 take the unofficial colour. */
export function codeColour(code: number): string {
	const statusClass = classOf(code);
	return statusClass ? CARD_COLOURS[`c${statusClass.digit}`] : CARD_COLOURS.unofficial;
}

/** Long names get a smaller size so that every name fits on at most two lines. */
export function nameFontSize(name: string): number {
	if (name.length <= 16) return 88;
	if (name.length <= 24) return 76;
	return 64;
}

/** Shared frame: a bar in the accent colour on the left, the content, then a label and the host at the bottom. */
function frame(accent: string, content: CardNode[], label: string, host: string | undefined): CardNode {
	const footer = box({ justifyContent: 'space-between', fontSize: 30, color: CARD_COLOURS.muted, borderTop: `2px solid ${CARD_COLOURS.line}`, paddingTop: 28 }, [
		box({ fontWeight: 700, color: CARD_COLOURS.ink }, label),
		...(host ? [box({}, host)] : []),
	]);
	return box(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			backgroundColor: CARD_COLOURS.page,
			borderLeft: `24px solid ${accent}`,
			padding: `${PADDING - 16}px ${PADDING}px`,
			flexDirection: 'column',
			justifyContent: 'space-between',
			fontFamily: 'Inter',
			color: CARD_COLOURS.ink,
		},
		[box({ flexDirection: 'column' }, content), footer],
	);
}

/** The card of a code page: its class, the number very large, its name. */
export function codeCard(info: Pick<CodeInfo, 'code' | 'name' | 'knownAs' | 'status'>, host: string | undefined, url: string): SocialCard {
	const colour = codeColour(info.code);
	const statusClass = classOf(info.code);
	const name = displayName(info);
	const kicker = box({ alignItems: 'center', gap: 20, fontSize: 34, fontWeight: 700, color: colour }, [
		box({}, statusClass ? `${statusClass.slug} ${statusClass.name}` : isStatusCode(info) ? 'Outside 100–599' : 'Not a status code'),
		...(isUnofficial(info)
			? [box({ fontSize: 24, color: CARD_COLOURS.unofficial, border: `2px solid ${CARD_COLOURS.unofficial}`, borderRadius: 8, padding: '4px 12px', letterSpacing: 2 }, 'UNOFFICIAL')]
			: []),
	]);
	const code = box({ fontSize: 200, fontWeight: 700, lineHeight: 1, color: colour, marginTop: 12, letterSpacing: -4 }, String(info.code));
	const title = box({ fontSize: nameFontSize(name), fontWeight: 700, lineHeight: 1.1, marginTop: 8 }, name);
	return { url, tree: frame(colour, [kicker, code, title], SITE_NAME, host) };
}

/** The card of every page that is not about a single code: the site name over the five classes in their colours. */
export function siteCard(host: string | undefined, url: string): SocialCard {
	const heading = box({ fontSize: 104, fontWeight: 700, lineHeight: 1.05 }, SITE_NAME);
	const tagline = box({ fontSize: 40, color: CARD_COLOURS.muted, marginTop: 20 }, 'Every code explained, with examples and fixes');
	const classes = box(
		{ gap: 20, marginTop: 44 },
		STATUS_CLASSES.map((item) =>
			box({ fontSize: 44, fontWeight: 700, color: codeColour(item.digit * 100), border: `3px solid ${codeColour(item.digit * 100)}`, borderRadius: 12, padding: '6px 22px' }, item.slug),
		),
	);
	return { url, tree: frame(CARD_COLOURS.c3, [heading, tagline, classes], 'Registered and unofficial, with RFC references', host) };
}

/** Text alternative of a code's card, for `og:image:alt`. */
export function codeCardAlt(info: Pick<CodeInfo, 'code' | 'name' | 'knownAs'>): string {
	const statusClass = classOf(info.code);
	return `${fullTitle(info)}${statusClass ? `, ${statusClass.slug} ${statusClass.name}` : ''}: ${SITE_NAME}`;
}

export const SITE_CARD_ALT = `${SITE_NAME}: every code explained, with examples and fixes`;
