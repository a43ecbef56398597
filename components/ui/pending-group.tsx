/**
 * A list item's group, named and about as tall as its fields (`height`), for the moment its editor's
 * code takes to arrive after the first Add: a list never shows one item fewer than the store has.
 */
export function PendingGroup({ legend, height }: { legend: string; height: string }) {
  return (
    <fieldset aria-busy="true" className={`${height} rounded border border-divider p-2`}>
      <legend className="px-1 text-xs font-semibold">{legend}</legend>
    </fieldset>
  );
}
