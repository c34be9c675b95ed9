import { BulletinModel } from '../parse/model';
import { outline, OutlineNode } from './outline';

export interface FoldingRegion {
  startLine: number;
  endLine: number;
}

/** Folding follows the outline: each part, section, item, title and closing block that spans several lines. */
export function foldingRegions(model: BulletinModel, nodes: OutlineNode[] = outline(model)): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  const visit = (list: OutlineNode[]) => {
    for (const n of list) {
      if (n.endLine > n.startLine) out.push({ startLine: n.startLine, endLine: n.endLine });
      visit(n.children);
    }
  };
  visit(nodes);
  return out.sort((a, b) => a.startLine - b.startLine);
}
