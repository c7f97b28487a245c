/** A stage's importance (1–5) in words; 5 is a moment of truth (DESIGN §1). */
export const MOMENT_OF_TRUTH = 5;

/** The levels as choices; SelectInput translates the names (journey-stages/messages.ts). */
export const IMPORTANCE_CHOICES = [1, 2, 3, 4, 5].map(id => ({ id, name: `regie.journey_stages.importance.${id}` }));

/** "Importance 4 of 5" in the reader's words (react-admin's translate). */
export const importanceLabel = (importance: number, translate: (key: string, options?: Record<string, unknown>) => string) =>
  translate(importance === MOMENT_OF_TRUTH ? 'regie.journey_stages.importance.label_moment_of_truth' : 'regie.journey_stages.importance.label', { importance });
