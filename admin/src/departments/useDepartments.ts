import { useGetList, type RaRecord } from 'react-admin';

export interface DepartmentName extends RaRecord {
  name: string;
  code: string;
}

const ALL_DEPARTMENTS = { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, meta: { sparseFields: ['id', 'name', 'code'] } } as const;

/** Every department's name and code, by name: one small request shared by the pickers and pages that name them. */
export function useDepartments(): DepartmentName[] | undefined {
  return useGetList<DepartmentName>('Department', ALL_DEPARTMENTS).data;
}
