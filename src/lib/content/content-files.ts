/**
 * Reads `content/codes/*.mdx` straight from disk, outside Astro, so unit tests
 * can check every entry against the same schema and rules the build uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
	id: string;
	filePath: string;
	frontmatter: unknown;
	body: string;
	/** Line of the file on which the body starts. */
	bodyLine: number;
}

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } {
	const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
	if (!match) throw new Error('no frontmatter block at the top of the file');
	// Two delimiter lines plus the frontmatter's own.
	return { frontmatter: match[1], body: match[2], bodyLine: match[1].split('\n').length + 3 };
}

export function readContentFiles(dir: string, root = process.cwd()): ContentFile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const path = join(dir, name);
			const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
			return { id: name.slice(0, -4), filePath: relative(root, path), frontmatter: parse(frontmatter), body, bodyLine };
		});
}
