/**
 * Everything that runs on every page before any interaction, as one module: one
 * inline script compresses better than three. The search box, the theme toggle
 * and section copy links each stay in their own file.
 */
import './site-search';
import { bindCopyLinks } from './copy-link';
import { bindThemeToggle } from './theme';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) bindThemeToggle(button);
bindCopyLinks(document);
