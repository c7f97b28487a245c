/** A stage's importance (1–5) in words; 5 is a moment of truth (DESIGN §1). */
export const MOMENT_OF_TRUTH = 5;

export const IMPORTANCE_CHOICES = [
  { id: 1, name: '1 · minor' },
  { id: 2, name: '2 · low' },
  { id: 3, name: '3 · medium' },
  { id: 4, name: '4 · high' },
  { id: 5, name: '5 · moment of truth' },
];

export const importanceLabel = (importance: number) =>
  `Importance ${importance} of 5${importance === MOMENT_OF_TRUTH ? ', a moment of truth' : ''}`;
