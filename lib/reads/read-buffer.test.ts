import { describe, expect, it } from 'vitest';
import { countRead, READ_CAPS } from './read-buffer';

// The counter's rules, in memory (the batch written to the database is tests/db/data-layer.test.ts).
describe('the read counter', () => {
  it('counts one address a few times per article, whatever User-Agent it claims', () => {
    const counted = Array.from({ length: 1000 }, (_, i) => countRead(101, '198.51.100.1', `Agent/${i}`)).filter(Boolean).length;
    expect(counted).toBe(READ_CAPS.perAddressAndArticle);
  });

  it('counts an IPv6 subscriber once per /64, not once per address', () => {
    const counted = Array.from({ length: 100 }, (_, i) => countRead(102, `2001:db8:7:7::${i.toString(16)}`, `Agent/${i}`)).filter(Boolean).length;
    expect(counted).toBe(READ_CAPS.perAddressAndArticle);
  });

  it('caps what one address adds in a day across articles', () => {
    const counted = Array.from({ length: READ_CAPS.perAddress + 50 }, (_, i) => countRead(1000 + i, '198.51.100.2')).filter(Boolean).length;
    expect(counted).toBe(READ_CAPS.perAddress);
  });

  it('remembers who has read through a flood of new visitors', () => {
    expect(countRead(103, '198.51.100.3')).toBe(true);
    // More distinct visitors than the old table held before it emptied itself.
    for (let i = 0; i < 200_010; i++) countRead(104, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(countRead(103, '198.51.100.3')).toBe(false);
  });

  it('starts afresh on the next newsroom day', () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(countRead(101, '198.51.100.1', 'Agent/0', tomorrow)).toBe(true);
  });
});
