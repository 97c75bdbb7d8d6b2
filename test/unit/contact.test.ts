/** The editors' address (CONTACT_EMAIL, src/contact.ts): unset is allowed, a wrong one stops the build. */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { contactAddress } from '../../src/contact.ts';

const DEPLOYED = 'https://jiangxin.gov.cn/';
const LOCAL = 'http://127.0.0.1:4321/';

describe('CONTACT_EMAIL', () => {
  it('is a deployment setting in the astro:env schema, public, optional and read on the server', () => {
    expect(config.env?.schema?.CONTACT_EMAIL).toMatchObject({ type: 'string', context: 'server', access: 'public', optional: true });
  });

  it('unset or blank gives no address', () => {
    expect(contactAddress(undefined, DEPLOYED)).toBeUndefined();
    expect(contactAddress('  ', DEPLOYED)).toBeUndefined();
  });

  it('takes an address as given, trimmed', () => {
    expect(contactAddress(' bianji@jiangxin.gov.cn ', DEPLOYED)).toBe('bianji@jiangxin.gov.cn');
  });

  it.each(['bianji', 'bianji@', '@jiangxin.gov.cn', 'bianji@localhost', '编辑 <bianji@jiangxin.gov.cn>', 'a@b@jiangxin.gov.cn'])(
    'refuses %s, which is not one address',
    (value) => {
      expect(() => contactAddress(value, DEPLOYED)).toThrow(/不是有效的电子邮件地址/);
    },
  );

  it.each(['editors@example.org', 'x@atlas.example.cn', 'x@a.test', 'x@a.invalid'])(
    'refuses the reserved %s in a deployment, allows it on this machine',
    (value) => {
      expect(() => contactAddress(value, DEPLOYED)).toThrow(/保留的示例域名/);
      expect(contactAddress(value, LOCAL)).toBe(value);
    },
  );
});
