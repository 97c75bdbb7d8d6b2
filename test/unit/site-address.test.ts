/** The site's address comes from SITE_URL, and a deployment cannot be built for a wrong one. */
import { describe, expect, it } from 'vitest';
import { PREVIEW_URL, siteAddress } from '../../src/site-address.ts';

describe('SITE_URL', () => {
  it('defaults to the address npm start serves, and says so', () => {
    expect(siteAddress(undefined)).toMatchObject({ url: PREVIEW_URL, note: expect.stringContaining('SITE_URL 未设置') });
    expect(siteAddress('  ').url).toBe(PREVIEW_URL);
  });

  it('takes a deployment address over https, normalised to its root', () => {
    expect(siteAddress('https://jiangxin.gov.cn').url).toBe('https://jiangxin.gov.cn/');
  });

  it('allows http only on this machine', () => {
    expect(siteAddress('http://127.0.0.1:8080/').url).toBe('http://127.0.0.1:8080/');
    expect(siteAddress('http://localhost:4321').url).toBe('http://localhost:4321/');
    expect(() => siteAddress('http://jiangxin.gov.cn/')).toThrow(/https/);
  });

  it.each(['https://skills-atlas.example.cn/', 'https://example.com/', 'https://atlas.test/', 'https://a.invalid/', 'https://example/'])(
    'refuses the reserved example address %s',
    (url) => {
      expect(() => siteAddress(url)).toThrow(/保留的示例域名/);
    },
  );

  it('refuses what is not a site root', () => {
    expect(() => siteAddress('jiangxin.gov.cn')).toThrow(/有效的网址/);
    expect(() => siteAddress('https://jiangxin.gov.cn/atlas/')).toThrow(/根地址/);
    expect(() => siteAddress('ftp://127.0.0.1/')).toThrow(/http/);
  });
});
