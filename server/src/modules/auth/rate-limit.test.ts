import { describe, expect, it } from '@jest/globals';
import { addressKey, signInKeys, Slots } from './rate-limit.js';

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    // IPv6: the /64 a subscriber gets whole, however the address is written.
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, key) => expect(addressKey(address)).toBe(key));
});

describe('signInKeys', () => {
  it('hashes email and address together for the pair, the address alone for the address', () => {
    const a = signInKeys('regie@demo.regie', '2001:db8:1:2::7');
    const b = signInKeys('regie@demo.regie', '2001:db8:1:2:ffff::9');
    const c = signInKeys('viewer@demo.regie', '2001:db8:1:2::7');
    expect(a).toEqual(b);
    expect(c.address).toBe(a.address);
    expect(c.pair).not.toBe(a.pair);
    expect(a.pair).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Slots', () => {
  it('hands out at most its size, with no queue, and takes each release once', () => {
    const slots = new Slots(2);
    const first = slots.tryAcquire();
    const second = slots.tryAcquire();
    expect(first && second).toBeDefined();
    expect(slots.tryAcquire()).toBeUndefined();
    first!();
    first!();
    const third = slots.tryAcquire();
    expect(third).toBeDefined();
    expect(slots.tryAcquire()).toBeUndefined();
  });
});
