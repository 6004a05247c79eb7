import { isIPv6 } from 'node:net';

/**
 * The address a limit counts against. An IPv6 client usually holds a whole /64 and can
 * pick a new address from it for every request, so IPv6 addresses count by their /64
 * prefix; IPv4 (and IPv4-mapped IPv6) addresses count as themselves.
 */
export function throttleKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...front, ...Array(8 - front.length - back.length).fill('0'), ...back]
    : front;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
