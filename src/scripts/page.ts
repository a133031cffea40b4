/**
 * Everything that runs on every page before any interaction, as one module: one
 * inline script compresses better than two. The search box and the theme toggle
 * each stay in their own file. The copy controls run only on the pages that have
 * them (`HeadingLink.astro`), so the other pages do not pay for them.
 */
import './site-search';
import { bindThemeToggle } from './theme';

// The header has the one toggle of the page.
bindThemeToggle(document.querySelector('[data-theme-toggle]')!);
