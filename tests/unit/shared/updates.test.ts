// The update feed's reading and the version order, against orderings computed here independently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedVersion, isNewer } from '../../../shared/updates';

const part = fc.integer({ min: 0, max: 999 });
const version = fc.tuple(part, part, part);

describe('isNewer', () => {
  it('orders MAJOR.MINOR.PATCH numerically, part by part', () => {
    expect(isNewer('0.10.0', '0.9.9')).toBe(true);
    expect(isNewer('1.0.0', '1.0.0')).toBe(false);
    expect(isNewer('0.9.10', '0.10.0')).toBe(false);
    fc.assert(
      fc.property(version, version, (a, b) => {
        const d = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        expect(isNewer(a.join('.'), b.join('.'))).toBe(d > 0);
      }),
    );
  });

  it('never calls a malformed version newer', () => {
    expect(isNewer('2.0', '1.0.0')).toBe(false);
    expect(isNewer('v2.0.0', '1.0.0')).toBe(false);
  });
});

describe('feedVersion', () => {
  it('reads {"version": "x.y.z"} and nothing else', () => {
    expect(feedVersion('{"version":"1.2.3"}')).toBe('1.2.3');
    expect(feedVersion('{"version":"1.2.3","notes":"ignored"}')).toBe('1.2.3');
    expect(feedVersion('{"version":"1.2"}')).toBeNull();
    expect(feedVersion('<html>')).toBeNull();
    expect(feedVersion('"1.2.3"')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => feedVersion(s)).not.toThrow();
      }),
    );
  });
});
