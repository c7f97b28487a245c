import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: a form's values change with every key
 * stroke, the server should be asked once the typing pauses. Compared by content (JSON), so a
 * new object with the same values does not restart the wait.
 */
export function useDebounced<T>(value: T, delayMs = 400): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value }), delayMs);
    return () => clearTimeout(timer);
    // `value` is read through `key`: a new object with the same content is the same value.
  }, [key, delayMs]);
  return settled.value;
}
