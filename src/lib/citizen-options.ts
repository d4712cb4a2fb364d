/** Weekly hours bands and legal bases of a citizen's support, shared by the schema and the pages. */
export const hoursBands = ['1-5', '6-10', '10-15'] as const;
export type HoursBand = (typeof hoursBands)[number];
/** Serviceloven § 85 (socialpædagogisk støtte) or § 99 (støtte- og kontaktperson). */
export const legalBases = ['sel85', 'sel99'] as const;
export type LegalBasis = (typeof legalBases)[number];
