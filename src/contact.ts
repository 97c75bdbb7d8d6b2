/**
 * Where readers write to the editors, to report an error or ask about a number: a deployment
 * setting, CONTACT_EMAIL (declared in astro.config.mjs's `env.schema`, read from the
 * environment or a .env file at build time), never a value of the code's own. /about/ and
 * /corrections/ show it where it is set, and say plainly that the site gives no way to write
 * where it is not. Like SITE_URL (src/site-address.ts), a deployment refuses a reserved
 * example domain; a build for this machine (a loopback SITE_URL: previews and tests) allows it.
 */
import { LOOPBACK, RESERVED } from './site-address.ts';

/** One address, no display name: local part, @, a domain with a dot. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/i;

/** The editors' address from CONTACT_EMAIL, validated for a site built for `site`; undefined when unset. */
export function contactAddress(value: string | undefined, site: URL | string): string | undefined {
  const email = value?.trim();
  if (!email) return undefined;
  const domain = EMAIL.exec(email)?.[1]?.toLowerCase();
  if (!domain) throw new Error(`CONTACT_EMAIL “${value}” 不是有效的电子邮件地址，应写作 名字@域名`);
  if (RESERVED.test(domain) && !LOOPBACK.test(new URL(site).hostname)) {
    throw new Error(`CONTACT_EMAIL “${value}” 用的是保留的示例域名，不能用于部署`);
  }
  return email;
}
