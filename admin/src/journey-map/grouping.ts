// Which initiatives work on which stage, per department: the picture that makes silos visible.
// Pure, so the unit tests run it as is.

/** An initiative as the map reads it: its department and the stages it touches. */
export interface MapInitiative {
  id: string;
  title: string;
  status: string;
  departmentId: string;
  department: { id: string; name: string; code: string };
  impacts: { stageId: string; level: string }[];
  priorityScore?: number;
}

export interface StageWork {
  initiative: MapInitiative;
  /** How much it does for this stage (MINIMAL … MASSIVE). */
  level: string;
}

export interface DepartmentWork {
  department: MapInitiative['department'];
  /** Highest score first. */
  work: StageWork[];
}

/** Done, rejected and parked initiatives work on nothing any more (DESIGN §2: the open ones make overlaps). */
export const CLOSED_STATUSES: readonly string[] = ['DONE', 'REJECTED', 'PARKED'];

/**
 * Per stage id, the departments whose initiatives touch it (by name), each with its initiatives on
 * that stage (highest priority score first, then by title); closed ones only when asked for.
 */
export function workByStage(initiatives: readonly MapInitiative[], { includeClosed = false } = {}): Map<string, DepartmentWork[]> {
  const byStage = new Map<string, Map<string, DepartmentWork>>();
  for (const initiative of initiatives) {
    if (!includeClosed && CLOSED_STATUSES.includes(initiative.status)) continue;
    for (const impact of initiative.impacts) {
      const stageId = String(impact.stageId);
      const departments = byStage.get(stageId) ?? new Map<string, DepartmentWork>();
      byStage.set(stageId, departments);
      const key = String(initiative.departmentId);
      const group = departments.get(key) ?? { department: initiative.department, work: [] };
      departments.set(key, group);
      group.work.push({ initiative, level: impact.level });
    }
  }
  const byScore = (a: StageWork, b: StageWork) =>
    (b.initiative.priorityScore ?? 0) - (a.initiative.priorityScore ?? 0) || a.initiative.title.localeCompare(b.initiative.title);
  return new Map(
    [...byStage].map(([stageId, departments]) => [
      stageId,
      [...departments.values()].sort((a, b) => a.department.name.localeCompare(b.department.name)).map(group => ({ ...group, work: group.work.sort(byScore) })),
    ]),
  );
}
