import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { fill } from '../taskpane/i18n';
import type { PreviewStrings } from './i18n';
import { KeySink } from './KeySink';

const useStyles = makeStyles({
  arrow: {
    position: 'absolute',
    zIndex: 2,
    boxSizing: 'border-box',
    width: '18px',
    padding: 0,
    border: '1px solid #a6a6a6',
    backgroundColor: '#f3f3f3',
    fontSize: '10px',
    lineHeight: 1,
    cursor: 'default',
    color: '#444',
  },
  list: {
    position: 'absolute',
    zIndex: 4,
    margin: 0,
    padding: '2px 0',
    listStyle: 'none',
    backgroundColor: '#ffffff',
    border: '1px solid #a6a6a6',
    boxShadow: tokens.shadow8,
    fontSize: '13px',
    color: '#000000',
    maxHeight: '200px',
    overflowY: 'auto',
    outline: 'none',
  },
  option: { padding: '2px 8px', cursor: 'default', whiteSpace: 'nowrap' },
  active: { backgroundColor: tokens.colorBrandBackground2 },
  prompt: {
    position: 'absolute',
    zIndex: 3,
    maxWidth: '260px',
    padding: '4px 6px',
    backgroundColor: '#ffffe1',
    border: '1px solid #767676',
    boxShadow: tokens.shadow4,
    fontSize: '12px',
    color: '#000000',
    whiteSpace: 'pre-wrap',
    pointerEvents: 'none',
  },
  promptTitle: { fontWeight: 'bold', display: 'block' },
});

export interface CellBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Props {
  box: CellBox;
  address: string;
  strings: PreviewStrings;
  editing: boolean;
  sinkRef: RefObject<HTMLInputElement>;
  /** Keys the grid acts on (arrows, Enter, Tab, F2, Delete…); typed text arrives through onTyped. */
  onKey: (e: KeyboardEvent<HTMLInputElement>, openList: () => void) => void;
  /** Text typed (or committed by an IME) on the selected cell: starts editing with it. */
  onTyped: (text: string) => void;
  /** Text pasted on the selected cell (Ctrl+V). */
  onPaste: (text: string) => void;
  /** The dropdown's items, when the cell has a list validation with the in-cell dropdown. */
  items: string[] | null;
  onPick: (value: string) => void;
  /** The validation's input prompt, shown while the cell is selected (Excel's input message). */
  prompt: { title: string; message: string } | null;
  /** The id of the grid's keyboard hint (read with the cell). */
  hintId: string;
}

/** What sits on the selected cell: the key/IME sink, the dropdown arrow and its list, the input prompt. */
export function CellOverlay({ box, address, strings: s, editing, sinkRef, onKey, onTyped, onPaste, items, onPick, prompt, hintId }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const promptId = `prompt-${address}`;
  const listId = `list-${address}`;

  useEffect(() => setOpen(false), [address, editing]);
  useEffect(() => {
    if (open) listRef.current?.focus();
  }, [open]);

  const openList = () => {
    if (!items) return;
    setActive(0);
    setOpen(true);
  };
  const closeList = () => {
    setOpen(false);
    sinkRef.current?.focus();
  };
  const take = (value: string | undefined) => {
    setOpen(false);
    if (value !== undefined) onPick(value);
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (!items) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.min(items.length - 1, Math.max(0, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      take(items[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeList();
    }
  };

  return (
    <>
      <KeySink
        box={box}
        sinkRef={sinkRef}
        label={fill(s['grid.cell'], { address })}
        describedBy={prompt ? `${promptId} ${hintId}` : hintId}
        onKey={(e) => onKey(e, openList)}
        onTyped={onTyped}
        onPaste={onPaste}
      />
      {items && !editing && (
        <button
          type="button"
          className={styles.arrow}
          style={{ left: box.left + box.width + 1, top: box.top, height: box.height }}
          aria-label={fill(s['grid.dropdown'], { address })}
          aria-haspopup="listbox"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          tabIndex={-1}
          onClick={() => (open ? closeList() : openList())}
        >
          ▼
        </button>
      )}
      {items && open && (
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={fill(s['grid.list'], { address })}
          aria-activedescendant={`${listId}-${active}`}
          tabIndex={-1}
          className={styles.list}
          style={{ left: box.left, top: box.top + box.height, minWidth: box.width + 19 }}
          onKeyDown={onListKey}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {items.map((item, i) => (
            <li
              key={`${i}-${item}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={mergeClasses(styles.option, i === active && styles.active)}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(item)}
            >
              {item}
            </li>
          ))}
        </ul>
      )}
      {prompt && !open && (
        <div id={promptId} role="tooltip" className={styles.prompt} style={{ left: box.left + Math.min(box.width, 60), top: box.top + box.height + 4 }}>
          {prompt.title && <span className={styles.promptTitle}>{prompt.title}</span>}
          {prompt.message}
        </div>
      )}
    </>
  );
}
