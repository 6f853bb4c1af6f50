"use client";

import {
  type ColumnDef,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  type RowData,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown, Search } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";

/** The features every table of the app shares: client-side sorting and a text filter. */
export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    basic: sortFn_basic,
    text: sortFn_text,
    datetime: sortFn_datetime,
  },
  columnMeta: metaHelper<{ className?: string }>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

/** Column helper bound to the shared features; build columns with `helper.columns([...])`. */
export function columnHelper<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

export function DataTable<T extends RowData>({
  title,
  description,
  actions,
  columns,
  data,
  getRowId,
  noun,
  filterPlaceholder,
  empty,
  rowClassName,
  filterable = true,
  sortable = true,
  footer,
  onRowClick,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Must be stable between renders (module scope or useMemo). */
  columns: ColumnDef<DataTableFeatures, T, unknown>[];
  data: T[];
  getRowId: (row: T) => string;
  /** What a row is, singular ("user"); the counter and messages add an "s". */
  noun: string;
  filterPlaceholder: string;
  empty?: ReactNode;
  rowClassName?: (row: T) => string | undefined;
  /** Show the text filter (off for server-filtered tables, whose filters live elsewhere). */
  filterable?: boolean;
  /** Client-side sorting (off when the rows are one page of a server-sorted list). */
  sortable?: boolean;
  /** Replaces the row counter at the bottom (e.g. pagination). */
  footer?: ReactNode;
  /** A pointer shortcut for opening a row; keep a focusable control in the row for keyboards. */
  onRowClick?: (row: T) => void;
}) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    globalFilterFn: "includesString",
    enableSortingRemoval: true,
    enableSorting: sortable,
  });
  const filter: string = table.state.globalFilter ?? "";
  const rows = table.getRowModel().rows;
  const total = data.length;
  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-center gap-3 border-b px-4 py-3">
        <div className="mr-auto min-w-0">
          <h2 className="font-medium">{title}</h2>
          {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
        </div>
        {filterable && total > 0 ? (
          <div className="relative w-full sm:w-56">
            <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              type="search"
              value={filter}
              onChange={(e) => table.setGlobalFilter(e.target.value)}
              placeholder={filterPlaceholder}
              aria-label={filterPlaceholder}
              className="h-8 pl-8"
            />
          </div>
        ) : null}
        {actions}
      </div>
      {total === 0 && empty ? (
        <div className="px-4 py-10 text-center text-sm text-muted-foreground">{empty}</div>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const canSort = header.column.getCanSort();
                    const meta = header.column.columnDef.meta;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={canSort ? (sorted ? ariaSort[sorted] : "none") : undefined}
                        className={cn("whitespace-nowrap px-4 py-2.5 font-medium", meta?.className)}
                      >
                        {header.isPlaceholder ? null : canSort ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 uppercase tracking-wide hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                          >
                            <table.FlexRender header={header} />
                            {sorted === "asc" ? (
                              <ArrowUp className="size-3.5" aria-hidden />
                            ) : sorted === "desc" ? (
                              <ArrowDown className="size-3.5" aria-hidden />
                            ) : (
                              <ChevronsUpDown className="size-3.5 opacity-40" aria-hidden />
                            )}
                          </button>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="divide-y">
              {rows.map((row) => (
                <tr
                  key={row.id}
                  className={cn(
                    "transition-colors hover:bg-muted/40",
                    onRowClick && "cursor-pointer",
                    rowClassName?.(row.original),
                  )}
                  onClick={
                    onRowClick
                      ? (e) => {
                          // Links and buttons inside the row keep their own behaviour.
                          if ((e.target as HTMLElement).closest("a,button,input,select,textarea")) return;
                          onRowClick(row.original);
                        }
                      : undefined
                  }
                >
                  {row.getAllCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cn("px-4 py-2.5 align-middle", cell.column.columnDef.meta?.className)}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
              {rows.length === 0 ? (
                <tr>
                  <td
                    colSpan={columns.length}
                    className="px-4 py-10 text-center text-sm text-muted-foreground"
                  >
                    No {noun}s match “{filter}”.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
      {footer !== undefined ? (
        footer
      ) : total > 0 ? (
        <div className="border-t px-4 py-2 text-xs text-muted-foreground" aria-live="polite">
          {rows.length === total
            ? `${total} ${total === 1 ? noun : `${noun}s`}`
            : `${rows.length} of ${total} ${noun}s`}
        </div>
      ) : null}
    </Card>
  );
}
