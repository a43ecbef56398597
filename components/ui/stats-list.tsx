/** A row of "Label: value" statistics; entries whose value is null are left out. */
export function StatsList({
  label,
  items,
  className,
}: {
  label: string;
  items: readonly (readonly [string, string | null])[];
  className: string;
}) {
  return (
    <dl aria-label={label} className={className}>
      {items
        .filter(([, value]) => value !== null)
        .map(([name, value]) => (
          <div key={name} className="flex gap-1">
            <dt>{name}:</dt>
            <dd className="font-mono">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
