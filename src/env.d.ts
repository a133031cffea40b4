/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The entry a code page is rendering, for components the MDX body maps headings to. */
		codeEntry?: import('./lib/content').CodeEntry;
	}
}
