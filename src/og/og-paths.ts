/** Where each page's social preview image is published: /approaches/pure-rl/ → /og/approaches/pure-rl.png. */
export function ogImagePath(pathname: string): string {
  const slug = pathname.replace(/^\/|\/$/g, '');
  return `/og/${slug || 'home'}.png`;
}
