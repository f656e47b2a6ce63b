import type { Token, TreeAdapter, TreeAdapterTypeMap } from 'parse5';
import { html } from 'parse5';

const HTML_NS = html.NS.HTML;

type LinkedomTree = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  Element,
  Node
>;

/**
 * parse5's tree construction building linkedom nodes directly: the tree the HTML standard prescribes, with
 * no intermediate parse5 tree to build, walk and collect (a page of 100,000 links spent 0.35 s on that).
 * The document's doctype is left out, as the engine never reads it; a `<template>`'s content is kept
 * apart from the tree, as the browser keeps it.
 */
export function linkedomTreeAdapter(doc: Document): TreeAdapter<LinkedomTree> {
  // linkedom makes MathML elements as HTML ones; parse5 must still know what it made.
  const namespaces = new WeakMap<Element, html.NS>();
  const templates = new WeakMap<Element, DocumentFragment>();
  const modes = new WeakMap<Document, html.DOCUMENT_MODE>();
  const text = (node: Node | null): node is Text => node?.nodeType === 3;
  const setAttributes = (el: Element, attrs: Token.Attribute[], keep: boolean) => {
    for (const attr of attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      if (keep && el.hasAttribute(name)) continue;
      try {
        el.setAttribute(name, attr.value);
      } catch {
        // A name the DOM refuses (`<div a"b=1>`) is dropped, as a browser's setAttribute would refuse it.
      }
    }
  };
  return {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const el =
        namespaceURI === HTML_NS ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      if (namespaceURI !== HTML_NS) namespaces.set(el, namespaceURI);
      setAttributes(el, attrs, false);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    setTemplateContent: (template, content) => void templates.set(template, content),
    getTemplateContent: (template) => templates.get(template) as DocumentFragment,
    setDocumentType: () => {},
    setDocumentMode: (document, mode) => void modes.set(document, mode),
    getDocumentMode: (document) => modes.get(document) ?? html.DOCUMENT_MODE.NO_QUIRKS,
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText(parent, value) {
      const last = parent.lastChild;
      if (text(last)) last.data += value;
      else parent.appendChild(doc.createTextNode(value));
    },
    insertTextBefore(parent, value, reference) {
      const before = reference.previousSibling;
      if (text(before)) before.data += value;
      else parent.insertBefore(doc.createTextNode(value), reference);
    },
    adoptAttributes: (recipient, attrs) => setAttributes(recipient, attrs, true),
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (el) =>
      Array.from(el.attributes, (a) => ({ name: a.name, value: a.value }) as Token.Attribute),
    getTagName: (el) => el.localName,
    getNamespaceURI: (el) => namespaces.get(el) ?? HTML_NS,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: () => '',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: text,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is Node => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    getNodeSourceCodeLocation: () => undefined,
    setNodeSourceCodeLocation: () => {},
    updateNodeSourceCodeLocation: () => {},
  };
}
