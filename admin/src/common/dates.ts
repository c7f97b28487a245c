// DateInput edits a local calendar day ("YYYY-MM-DD"); the server takes instants. These turn the
// day into its first or last moment in the user's time zone, and DateInput shows them as that day again.
function atLocalTime(day: string | null | undefined, time: string): string | null {
  const instant = day ? new Date(`${day.slice(0, 10)}T${time}`) : undefined;
  return instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : null;
}

export const startOfDay = (day: string | null | undefined) => atLocalTime(day, '00:00:00.000');
export const endOfDay = (day: string | null | undefined) => atLocalTime(day, '23:59:59.999');
