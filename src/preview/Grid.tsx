import { useEffect, useReducer, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { cellText, columnName } from './runtime';
import type { ExcelRuntime, SimSheet } from './runtime';
import { cellLook, columnPixels, gridExtent } from './gridModel';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#ffffff' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '13px', color: '#000000' },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: '#f3f3f3', fontWeight: 'normal', color: '#444', border: '1px solid #d4d4d4', height: '20px' },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: '#f3f3f3', color: '#444', border: '1px solid #d4d4d4', textAlign: 'center' },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    height: '20px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit', border: 'none', padding: 0, outline: 'none' },
});

const ROW_HEADER_PX = 40;

interface Props {
  runtime: ExcelRuntime;
  sheet: SimSheet;
}

/**
 * The active sheet as a table: values as Excel would display them, fills (the task pane's finding markers
 * included), the selection. Click or arrow keys select; double-click, Enter, F2 or typing edits; an edit goes
 * through runtime.userEdit, i.e. it is a user's edit as far as the add-in can tell (onChanged fires).
 */
export function Grid({ runtime, sheet }: Props) {
  const styles = useStyles();
  const wb = runtime.workbook;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditing] = useState<{ r: number; c: number; text: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => runtime.subscribe(redraw), [runtime]);

  const sel = wb.selection && wb.selection.sheet === sheet ? wb.selection.rect : null;
  const { rows, cols } = gridExtent(sheet, sel);
  const widths = Array.from({ length: cols }, (_, c) => columnPixels(sheet, c));
  // A fixed-layout table honours its <col> widths only when the table's own width is set.
  const tableWidth = ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0);

  const select = (r: number, c: number) => {
    wb.activeSheet = sheet;
    wb.selection = { sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    redraw();
  };
  const commit = () => {
    if (!editing) return;
    runtime.userEdit(sheet.name, `${columnName(editing.c)}${editing.r + 1}`, editing.text);
    setEditing(null);
    select(Math.min(editing.r + 1, rows - 1), editing.c);
    scroller.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !sel) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      select(Math.max(0, sel.r0 + move[0]), Math.max(0, sel.c0 + move[1]));
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ r: sel.r0, c: sel.c0, text: cellText(wb, sheet, sel.r0, sel.c0) });
    } else if (e.key === 'Delete') {
      runtime.userEdit(sheet.name, `${columnName(sel.c0)}${sel.r0 + 1}`, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ r: sel.r0, c: sel.c0, text: e.key });
    }
  };

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} onKeyDown={onKey} aria-label={`シート ${sheet.name}`} role="region">
      <table className={styles.table} role="grid" aria-label={sheet.name} style={{ width: tableWidth }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const address = `${columnName(c)}${r + 1}`;
                const isSelected = sel !== null && r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
                const isEditing = editing?.r === r && editing.c === c;
                const look = cellLook(sheet, r, c);
                const text = cellText(wb, sheet, r, c);
                // Like Excel, text runs on over empty neighbours to its right instead of being cut off.
                const spill = text !== '' && c + 1 < cols && cellText(wb, sheet, r, c + 1) === '' && !look.style.textAlign;
                const style = spill ? { ...look.style, overflow: 'visible', textOverflow: 'clip' } : look.style;
                return (
                  <td
                    key={c}
                    role="gridcell"
                    data-cell={address}
                    aria-selected={isSelected}
                    className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                    style={style}
                    data-marker={look.marker ?? undefined}
                    onClick={() => select(r, c)}
                    onDoubleClick={() => setEditing({ r, c, text: cellText(wb, sheet, r, c) })}
                  >
                    {isEditing ? (
                      <input
                        className={styles.editor}
                        aria-label={`${address} の値`}
                        value={editing.text}
                        autoFocus
                        onChange={(e) => setEditing({ r, c, text: e.target.value })}
                        onBlur={commit}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                            e.preventDefault();
                            commit();
                          } else if (e.key === 'Escape') {
                            setEditing(null);
                            scroller.current?.focus();
                          }
                        }}
                      />
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
