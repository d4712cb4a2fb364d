/** The four steps of progress on a goal (DESIGN.md §2.2), shown as a simple picture. */
export const progressSteps = ['not_started', 'started', 'nearly', 'done'] as const;
export type Progress = (typeof progressSteps)[number];

/** Who does a step: "det gør jeg" or "det gør min kontaktperson". */
export const stepOwners = ['me', 'contact'] as const;
export type StepOwner = (typeof stepOwners)[number];
