// The baseline of bench/public.bench.ts: one prerendered page, served by `next start` like the public site.
export default { poweredByHeader: false };
