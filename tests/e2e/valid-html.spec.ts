/** Every built page against html-validate (`.htmlvalidate.mjs`: recommended and document rules, exceptions explained there). */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { builtPages, DIST } from './built-site';

test('every built page is valid HTML', async () => {
	// One test over every page: on a loaded 2-core machine it needs more than the default 30 s.
	test.setTimeout(180_000);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const pages = builtPages();
	const errors: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(join(DIST, page.file));
		for (const result of report.results) {
			for (const message of result.messages) errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
	}
	console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
	expect(errors).toEqual([]);
});
