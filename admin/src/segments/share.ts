/** How a segment's share (0–1) reads: a percentage. */
export const SHARE_FORMAT = { style: 'percent', maximumFractionDigits: 1 } as const;
