/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The entry a code page is rendering, for the components its MDX body is rendered with (`InCodeLink.astro`). */
		codeEntry?: import('./lib/content/content').CodeEntry;
		/** Names given to the code blocks of the page so far, so that each is distinct (`CodeBlock.astro`). */
		codeBlockLabels?: Map<string, number>;
	}
}

/** The URL of a module built as a chunk of its own (src/integrations/module-url.ts). */
declare module '*?module-url' {
	const url: string;
	export default url;
}
