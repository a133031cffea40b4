/**
 * Everything that runs on every page before any interaction, as one module: one
 * inline script compresses better than two. The search box, the theme toggle and
 * the copy controls each stay in their own file.
 */
import { bindCopy } from './copy';
import './site-search';
import { bindThemeToggle } from './theme';

// The header has the one toggle of the page.
bindThemeToggle(document.querySelector('[data-theme-toggle]')!);
bindCopy(document);
