/**
 * A page citation names the page's absolute URL. A build that was not given its public origin
 * (SITE_URL) can only write http://localhost:4321/…; the page, once open, knows the address the
 * reader actually used. These helpers decide whether and how to put that address in.
 */

/** The address to cite for the page at `location`, or undefined when the built one should stand. */
export function citableAddress(builtUrl: string, location: { protocol: string; origin: string; pathname: string }): string | undefined {
  // A file:// or other non-web address is not one a reader can cite.
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return undefined;
  const here = `${location.origin}${location.pathname}`;
  return here === builtUrl ? undefined : here;
}

/** `text` with every occurrence of `builtUrl` replaced by `address`. */
export function withAddress(text: string, builtUrl: string, address: string): string {
  return text.split(builtUrl).join(address);
}
