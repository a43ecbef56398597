'use client';

import { Fragment } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { SHORTCUTS, type Shortcut } from '@/lib/history/shortcut-list';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((combo, i) => (
        <Fragment key={combo}>
          {i > 0 ? <span className="text-muted"> or </span> : null}
          <kbd className="rounded border border-line px-1 font-mono text-xs">{combo}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The `?` dialog: every shortcut, its keys and where it works. */
export function ShortcutsDialog({
  open,
  onClose,
  shortcuts = SHORTCUTS,
}: {
  open: boolean;
  onClose: () => void;
  shortcuts?: readonly Shortcut[];
}) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">
              Keys
            </th>
            <th scope="col" className="py-1 font-medium">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={`${shortcut.action}-${shortcut.keys.join()}`} className="border-t border-divider">
              <td className="py-1 pr-4 whitespace-nowrap">
                <Keys keys={shortcut.keys} />
              </td>
              <td className="py-1">
                {shortcut.action}
                {shortcut.where ? <span className="text-muted"> ({shortcut.where})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
