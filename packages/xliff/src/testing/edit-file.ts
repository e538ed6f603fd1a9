import { DOMParser, type Node, XMLSerializer } from "@xmldom/xmldom";
import { MDA_NS, XLIFF_NS } from "../namespaces";

/** For tests: an XLIFF file edited through a real XML parser, as a CAT tool or a person would edit it. */
function edit(xml: string, change: (document: ReturnType<DOMParser["parseFromString"]>) => void): string {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  change(document);
  return new XMLSerializer().serializeToString(document);
}

const textNodes = (node: Node): Node[] =>
  Array.from(node.childNodes).flatMap((child) => (child.nodeType === child.TEXT_NODE ? [child] : textNodes(child)));

/** Replaces every unit's target by its source with each text changed by `translate`, inline codes kept. */
export function translateTargets(xml: string, translate: (text: string, unitId: string) => string): string {
  return edit(xml, (document) => {
    for (const unit of Array.from(document.getElementsByTagNameNS(XLIFF_NS, "unit"))) {
      for (const segment of Array.from(unit.getElementsByTagNameNS(XLIFF_NS, "segment"))) {
        for (const old of Array.from(segment.getElementsByTagNameNS(XLIFF_NS, "target"))) segment.removeChild(old);
        const source = segment.getElementsByTagNameNS(XLIFF_NS, "source")[0];
        const target = document.createElementNS(XLIFF_NS, "target");
        for (const child of Array.from(source?.childNodes ?? [])) target.appendChild(child.cloneNode(true));
        for (const node of textNodes(target)) node.nodeValue = translate(node.nodeValue ?? "", unit.getAttribute("id") ?? "");
        segment.appendChild(target);
      }
    }
  });
}

/** Changes the text of the targets already in the file (an agency revising a translation), inline codes kept. */
export function editTargets(xml: string, change: (text: string, unitId: string) => string): string {
  return edit(xml, (document) => {
    for (const unit of Array.from(document.getElementsByTagNameNS(XLIFF_NS, "unit"))) {
      for (const target of Array.from(unit.getElementsByTagNameNS(XLIFF_NS, "target"))) {
        for (const node of textNodes(target)) node.nodeValue = change(node.nodeValue ?? "", unit.getAttribute("id") ?? "");
      }
    }
  });
}

/** Takes one unit out of the file. */
export function removeUnit(xml: string, unitId: string): string {
  return edit(xml, (document) => {
    const unit = Array.from(document.getElementsByTagNameNS(XLIFF_NS, "unit")).find((element) => element.getAttribute("id") === unitId);
    unit?.parentNode?.removeChild(unit);
  });
}

/** Takes out the Metadata module (our article id and source revision), as a tool that keeps no modules does. */
export function removeMetadata(xml: string): string {
  return edit(xml, (document) => {
    for (const metadata of Array.from(document.getElementsByTagNameNS(MDA_NS, "metadata"))) metadata.parentNode?.removeChild(metadata);
  });
}
