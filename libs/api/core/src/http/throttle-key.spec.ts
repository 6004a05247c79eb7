import { throttleKey } from './throttle-key';

describe('throttleKey', () => {
  it('counts an IPv4 address (also IPv4-mapped) as itself', () => {
    expect(throttleKey('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    const a = throttleKey('2001:db8:85a3:12::8a2e:370:7334');
    expect(a).toBe('2001:db8:85a3:12::/64');
    expect(throttleKey('2001:0db8:85a3:0012:ffff:ffff:ffff:ffff')).toBe(a);
    expect(throttleKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleKey('::1')).toBe('0:0:0:0::/64');
  });
});
