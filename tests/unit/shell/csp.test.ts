// The Content-Security-Policy, directive by directive, and the headers sent with it.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../../electron/shell/csp';

function parse(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `duplicate directive ${name}`).toBe(false);
    directives.set(name, values.join(' '));
  }
  return directives;
}

describe('Content-Security-Policy', () => {
  const csp = parse(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'none'"],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'none'"],
    ['manifest-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ])('%s is %s', (directive, value) => {
    expect(csp.get(directive)).toBe(value);
  });

  it('has exactly those directives', () => {
    expect(csp.size).toBe(14);
  });

  it('never allows inline code, eval, data: or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|data:|blob:|https?:|\*/);
  });
});

describe('securityHeaders', () => {
  it('carries the CSP and the companion headers', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});
