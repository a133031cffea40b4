import type { Plugin } from 'vite';

const SUFFIX = '?module-url';

/**
 * `import url from './module?module-url'` gives the URL of `module` built as a
 * chunk of its own, for a later `import(url)`. Vite wraps every bundled dynamic
 * `import()` in its module-preload helper (about 450 bytes gzip, kept even when
 * `build.modulePreload` is off); importing a URL instead keeps that helper out of
 * the script every page runs, which must stay under 1 KB.
 */
export function moduleUrl(): Plugin {
	return {
		name: 'module-url',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return target && `${target.id}${SUFFIX}`;
		},
		load(id) {
			if (!id.endsWith(SUFFIX)) return null;
			const target = id.slice(0, -SUFFIX.length);
			// The dev server transforms source files on request, so the file's own path is its URL.
			if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${target}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: target });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
