/**
 * remark plugin: keep GFM footnotes as plain text.
 *
 * Blocks are rendered independently, so a footnote reference and its definition almost never share
 * a block. remark-gfm would then drop the definition (only referenced definitions are emitted) and
 * link the reference to a missing target. Instead render both as written: `[^1]` stays text and a
 * definition becomes a paragraph starting with `[^1]: `. Nothing is lost. Pure, no React.
 */

/** The slice of the mdast shape this plugin touches. */
interface MdNode {
  type: string;
  value?: string;
  label?: string | null;
  identifier?: string;
  children?: MdNode[];
}

function labelOf(node: MdNode): string {
  return `[^${node.label ?? node.identifier ?? ''}]`;
}

function rewrite(children: MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (const child of children) {
    if (child.type === 'footnoteReference') {
      out.push({ type: 'text', value: labelOf(child) });
      continue;
    }
    if (child.children) child.children = rewrite(child.children);
    if (child.type !== 'footnoteDefinition') {
      out.push(child);
      continue;
    }
    const [first, ...rest] = child.children ?? [];
    const lead: MdNode = { type: 'text', value: `${labelOf(child)}: ` };
    if (first?.type === 'paragraph') {
      out.push({ ...first, children: [lead, ...(first.children ?? [])] }, ...rest);
    } else {
      out.push({ type: 'paragraph', children: [lead] }, ...(first ? [first] : []), ...rest);
    }
  }
  return out;
}

export function remarkPlainFootnotes() {
  return (tree: MdNode) => {
    if (tree.children) tree.children = rewrite(tree.children);
  };
}
