import { DataTable, useResourceContext, type DataTableColumnProps } from 'react-admin';

export interface ReferenceColProps extends Omit<DataTableColumnProps, 'source' | 'disableSort'> {
  /** The reference's id field the column shows (`departmentId`): its label and `column-departmentId` class. */
  source: string;
  /**
   * What the column sorts by: the field of the referenced record it shows (`department.name`,
   * `department.code`, `owner.name`), which the server's `sortField` takes as `<reference>.<field>`.
   */
  sortBy: string;
}

/**
 * A list column that shows a reference and sorts by what it shows, not by the id behind it.
 * react-admin's DataTable sorts a column by its source, so the column's source is `sortBy`; its
 * label and classes stay those of the reference's id field.
 */
export const ReferenceCol = ({ source, sortBy, label, headerClassName, cellClassName, ...props }: ReferenceColProps) => {
  const resource = useResourceContext();
  const className = `column-${source}`;
  return (
    <DataTable.Col
      {...props}
      source={sortBy}
      label={label ?? `resources.${resource}.fields.${source}`}
      headerClassName={headerClassName ? `${className} ${headerClassName}` : className}
      cellClassName={cellClassName ? `${className} ${cellClassName}` : className}
    />
  );
};
