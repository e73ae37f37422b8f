/**
 * A production build without SITE_URL makes canonical, OpenGraph and og:image URLs that point at the
 * local preview server; say so once, at the start of the build, instead of shipping them silently.
 */
import type { AstroIntegration } from 'astro';

export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL) return;
        logger.warn(
          'SITE_URL is not set: canonical links, og:url, og:image, citations and the sitemap will point at http://127.0.0.1:4321. Set SITE_URL=https://your.host when building for a real host.',
        );
      },
    },
  };
}
