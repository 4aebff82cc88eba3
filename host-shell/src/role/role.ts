/** Who is using the dashboard: admins also see technical details of failures. */
export type Role = 'operator' | 'admin';

/** localStorage key the chosen role is remembered under. */
export const ROLE_STORAGE_KEY = 'migratekit-dashboard.role';

/** URL search parameter that sets the role (`?role=admin`, `?role=operator`). */
export const ROLE_SEARCH_PARAM = 'role';

/** `value` as a Role, or null when it is not one (case-insensitive). */
export function parseRole(value: string | null | undefined): Role | null {
  const normalised = value?.trim().toLowerCase();
  return normalised === 'admin' || normalised === 'operator' ? normalised : null;
}
