/**
 * Every page's behaviour, one element (or one small job) per module; loaded once by the layouts
 * (src/layouts/Doc.astro, src/pages/book.astro) so that a page fetches a single file for all of it.
 * A module whose element is not on the page defines it and does nothing more.
 */
import './sidebar-scroll';
import './site-menu-button';
import './site-theme-toggle';
import './site-toc';
import './site-cite';
import './site-fragment-keeper';
import './site-not-found';
import './site-code-copy';
import './site-hover-cards';
import './site-cards-loader';
import './site-link-toast';
