// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createIdleEditorStore, shallowEqual } from "./idle-editor-store";

let editor: Editor;
beforeEach(() => {
  vi.useFakeTimers();
  editor = new Editor({ extensions: [StarterKit], content: "<p>one two</p>" });
});
afterEach(() => {
  editor.destroy();
  vi.useRealTimers();
});

const readText = (e: Editor) => e.state.doc.textContent;
const readBold = (e: Editor) => ({ bold: e.isActive("bold") });

/** A store reading `select`, subscribed to, once its first read is done. */
function subscribedStore<T>(select: (e: Editor) => T) {
  const store = createIdleEditorStore(editor, select, 100);
  const onChange = vi.fn();
  const unsubscribe = store.subscribe(onChange);
  vi.runAllTimers();
  return { store, onChange, unsubscribe };
}

// happy-dom has no requestIdleCallback, as Safari has none: "idle" is a timer of no delay there.
describe("what a component reads from the editor, read when the browser is idle", () => {
  it("reads once after a burst of changes, not during it", () => {
    const select = vi.fn(readText);
    const { store, onChange, unsubscribe } = subscribedStore(select);
    select.mockClear();

    editor.commands.insertContentAt(1, "a");
    editor.commands.insertContentAt(1, "b");
    editor.commands.insertContentAt(1, "c");
    expect(select).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe("one two");

    vi.runAllTimers();
    expect(select).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBe("cbaone two");
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("tells nobody when what it reads is the same, and keeps the earlier object", () => {
    const { store, onChange, unsubscribe } = subscribedStore(readBold);
    const first = store.getSnapshot();
    editor.commands.insertContentAt(1, "plain ");
    vi.runAllTimers();
    expect(onChange).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe(first);

    editor.chain().selectAll().toggleBold().run();
    vi.runAllTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({ bold: true });
    unsubscribe();
  });

  it("catches a change made before it was subscribed to", () => {
    const store = createIdleEditorStore(editor, readText, 100);
    editor.commands.insertContentAt(1, "x");
    const onChange = vi.fn();
    const unsubscribe = store.subscribe(onChange);
    vi.runAllTimers();
    expect(store.getSnapshot()).toBe("xone two");
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("neither reads nor tells once unsubscribed, even with a read pending", () => {
    const select = vi.fn(readText);
    const { onChange, unsubscribe } = subscribedStore(select);
    editor.commands.insertContentAt(1, "y");
    unsubscribe();
    select.mockClear();
    editor.commands.insertContentAt(1, "z");
    vi.runAllTimers();
    expect(select).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("reads what a missing editor gives", () => {
    const store = createIdleEditorStore(null, (e: Editor | null) => !!e, 100);
    const unsubscribe = store.subscribe(vi.fn());
    vi.runAllTimers();
    expect(store.getSnapshot()).toBe(false);
    unsubscribe();
  });
});

describe("shallow equality", () => {
  it("compares values, and objects key by key one level deep", () => {
    expect(shallowEqual(3, 3)).toBe(true);
    expect(shallowEqual({ a: 1, b: true }, { a: 1, b: true })).toBe(true);
    expect(shallowEqual({ a: 1, b: true }, { a: 1, b: false })).toBe(false);
    expect(shallowEqual<Record<string, number>>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(shallowEqual({ a: { c: 1 } }, { a: { c: 1 } })).toBe(false);
    expect(shallowEqual<object | null>(null, {})).toBe(false);
  });
});
