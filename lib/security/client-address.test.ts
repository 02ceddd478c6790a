import { describe, expect, it } from 'vitest';
import { addressKey } from './client-address';

describe('addressKey', () => {
  it('keeps an IPv4 address whole', () => expect(addressKey('203.0.113.7')).toBe('203.0.113.7'));
  it('reads an IPv4 address mapped into IPv6 as IPv4', () => expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7'));
  it('names an IPv6 address by its /64, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    for (const a of ['2001:db8:0:1::1', '2001:0db8:0000:0001:ffff:ffff:ffff:ffff', '2001:DB8:0:1:a:b:c:d', '[2001:db8:0:1::9]'])
      expect(addressKey(a), a).toBe(key);
    expect(addressKey('2001:db8:0:2::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
