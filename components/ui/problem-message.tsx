/**
 * A problem shown in a live alert while the user types (invalid JSON, a bad seed): the part before
 * the first ": " names the problem and is announced; the detail after it ("… at position 57")
 * changes with every keystroke, so it is not live — or the alert would be read again on each key.
 * All of it is read when the alert first appears or the problem itself changes.
 */
export function ProblemMessage({ message }: { message: string }) {
  const cut = message.indexOf(': ');
  if (cut < 0) return message;
  return (
    <>
      {message.slice(0, cut + 1)} <span aria-live="off">{message.slice(cut + 2)}</span>
    </>
  );
}
