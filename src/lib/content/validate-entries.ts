/**
 * Rules that need more than one entry, or the MDX body, to check. The loader
 * runs them after the schema so a bad entry fails `astro sync`/`astro build`
 * with the file and field named.
 */
import { createMdxMdastHandle, dropHandle } from 'satteri';
import { IN_CODE_HEADING, inCodeBlocks } from '../markup/in-code-snippets';
import { SPEC_HOSTS } from '../hosting/reference-hosts';

/** The body sections every page has, in this order (level-2 headings). */
export const BODY_SECTIONS = [
	'What it means',
	'When you receive it',
	'When to send it',
	'Example',
	'In code',
	'Specification and history',
] as const;

/** Sections an entry may not leave out: all of them. */
export const REQUIRED_SECTIONS: readonly string[] = BODY_SECTIONS;

export interface EntryToValidate {
	/** File name without extension, e.g. `429`. */
	id: string;
	/** Path relative to the project root, for messages. */
	filePath: string;
	data: { code: number; related: { code: number }[] };
	body: string;
	/** Line of the file on which the body starts, so MDX syntax errors point into the file. */
	bodyLine?: number;
}

export interface Problem {
	filePath: string;
	field: string;
	message: string;
}

const NORMATIVE = /\b(MUST|SHOULD|SHALL|REQUIRED|RECOMMENDED|MAY)(?: NOT)?\b/;
const SPEC_LINK = new RegExp(`\\]\\(https://(${SPEC_HOSTS.map((host) => host.replace(/\./g, '\\.')).join('|')})/[^)]*\\)`);

/** Splits a Markdown body into prose paragraphs and `##` headings, skipping fenced code. */
export function proseBlocks(body: string): { headings: string[]; paragraphs: string[] } {
	const headings: string[] = [];
	const paragraphs: string[] = [];
	let current: string[] = [];
	let fence: string | undefined;
	const flush = () => {
		if (current.length) paragraphs.push(current.join(' '));
		current = [];
	};
	for (const line of body.split('\n')) {
		const fenceMatch = line.match(/^\s*(```+|~~~+)/);
		if (fence) {
			if (fenceMatch && fenceMatch[1].startsWith(fence)) fence = undefined;
			continue;
		}
		if (fenceMatch) {
			flush();
			fence = fenceMatch[1];
			continue;
		}
		const heading = line.match(/^##\s+(.+?)\s*$/);
		if (heading) {
			flush();
			headings.push(heading[1]);
		} else if (line.trim() === '') {
			flush();
		} else {
			current.push(line.trim());
		}
	}
	flush();
	return { headings, paragraphs };
}

/** Checks the level-2 headings: only known sections, in the fixed order, required ones present. */
export function checkSections(headings: string[]): string[] {
	const messages: string[] = [];
	const known: readonly string[] = BODY_SECTIONS;
	let last = -1;
	for (const heading of headings) {
		const index = known.indexOf(heading);
		if (index === -1) {
			messages.push(`unknown section "## ${heading}"; sections are: ${BODY_SECTIONS.join(', ')}`);
		} else if (index <= last) {
			messages.push(`section "## ${heading}" is out of order; the order is: ${BODY_SECTIONS.join(', ')}`);
		} else {
			last = index;
		}
	}
	for (const required of REQUIRED_SECTIONS) {
		if (!headings.includes(required)) messages.push(`missing required section "## ${required}"`);
	}
	return messages;
}

/** Every paragraph that uses an RFC 2119 keyword must link to the specification section it states. */
export function uncitedNormativeClaims(paragraphs: string[]): string[] {
	return paragraphs
		.map((paragraph) => paragraph.replace(/`[^`]*`/g, ''))
		.filter((paragraph) => NORMATIVE.test(paragraph) && !SPEC_LINK.test(paragraph));
}

/**
 * The MDX syntax error in `body`, if any, with its line in the file. The schema
 * only sees the frontmatter and the build would otherwise stop on the first
 * broken file with a compiler trace; this names every broken file at sync time.
 */
export function mdxSyntaxError(body: string, bodyLine = 1): string | undefined {
	try {
		dropHandle(createMdxMdastHandle(body));
		return undefined;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const at = message.match(/^(\d+):(\d+): /);
		if (!at) return `malformed MDX: ${message}`;
		const line = Number(at[1]) + bodyLine - 1;
		return `malformed MDX at line ${line}, column ${at[2]}: ${message.slice(at[0].length).replace(/ \(\d+:\d+\)/, '')}`;
	}
}

export function validateEntries(entries: EntryToValidate[]): Problem[] {
	const problems: Problem[] = [];
	const filesByCode = Map.groupBy(entries, (entry) => entry.data.code);
	for (const entry of entries) {
		const { filePath, data } = entry;
		if (entry.id !== String(data.code)) {
			problems.push({ filePath, field: 'code', message: `${data.code} does not match the file name ${entry.id}` });
			// One file per code: the misnamed file is the one to fix, so the duplicate is reported on it.
			const others = filesByCode.get(data.code)!.filter((other) => other !== entry);
			if (others.length > 0) {
				problems.push({ filePath, field: 'code', message: `${data.code} is already described by ${others.map((other) => other.filePath).join(', ')}` });
			}
		}
	}
	const codes = new Set(filesByCode.keys());
	for (const entry of entries) {
		const { filePath, data } = entry;
		data.related.forEach((item, index) => {
			if (item.code === data.code) {
				problems.push({ filePath, field: `related[${index}].code`, message: 'a code cannot be related to itself' });
			} else if (!codes.has(item.code)) {
				problems.push({ filePath, field: `related[${index}].code`, message: `${item.code} has no entry` });
			}
		});
		const syntaxError = mdxSyntaxError(entry.body, entry.bodyLine);
		if (syntaxError) problems.push({ filePath, field: 'body', message: syntaxError });
		const { headings, paragraphs } = proseBlocks(entry.body);
		for (const message of checkSections(headings)) problems.push({ filePath, field: 'body', message });
		// The examples are the code's "in code" page, which every code has (src/lib/markup/in-code-snippets.ts).
		if (!syntaxError && headings.includes(IN_CODE_HEADING) && !inCodeBlocks(entry.body).some((block) => block.type === 'code')) {
			problems.push({ filePath, field: 'body', message: `section "## ${IN_CODE_HEADING}" holds no code block: give at least one example` });
		}
		for (const claim of uncitedNormativeClaims(paragraphs)) {
			problems.push({
				filePath,
				field: 'body',
				message: `normative claim without a link to its specification section: "${claim.slice(0, 90)}…"`,
			});
		}
	}
	return problems;
}

export function formatProblems(problems: Problem[]): string {
	return problems.map(({ filePath, field, message }) => `${filePath}: ${field}: ${message}`).join('\n');
}
