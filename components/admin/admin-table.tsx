import type { ReactNode } from 'react';

export interface AdminColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Extra classes of the cell, e.g. `font-bold` for the column that names the row. */
  className?: string;
}

/** An admin list as a table on wide screens and as one card per row on phones (the headers then only for screen readers). */
export function AdminTable<Row extends { id: number | string }>({ rows, columns }: { rows: Row[]; columns: AdminColumn<Row>[] }) {
  return (
    <table className="w-full border-collapse text-sm max-md:block">
      <thead className="max-md:sr-only">
        <tr className="border-b-2 border-line text-muted">
          {columns.map((c) => (
            <th key={c.header} className="p-2 text-start">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:flex max-md:flex-col max-md:gap-3">
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line align-top max-md:grid max-md:gap-1 max-md:rounded-lg max-md:border max-md:bg-surface max-md:p-3">
            {columns.map((c) => (
              <td key={c.header} className={`p-2 max-md:p-0 ${c.className ?? ''}`}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
