import { useActiveModel } from './useActiveModel';

/**
 * What each impact level counts in the active scoring model, { HIGH: 2, … }; undefined until it
 * is read (pickers then show the defaults). A new model version may change them.
 */
export function useLevelValues(): Record<string, number> | undefined {
  const { active } = useActiveModel();
  return active && Object.fromEntries(active.levels.map(({ level, value }) => [level, value]));
}
