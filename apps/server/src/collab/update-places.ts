import * as Y from 'yjs';

/** What a struct's parent is: a root by name, an element by node name, text, or something else. */
export type Parent =
  | { readonly kind: 'root'; readonly name: string }
  | { readonly kind: 'element'; readonly name: string }
  | { readonly kind: 'text' }
  | { readonly kind: 'other' }
  /** Behind content neither the update nor the room holds (a client ahead of its sync reply). */
  | { readonly kind: 'unknown' }
  /**
   * In content deleted and collected (typing into a paragraph someone else deleted meanwhile):
   * Yjs drops the struct as it applies it, so nobody ever reads it.
   */
  | { readonly kind: 'gone' };

/** Where a struct of an update lands: its parent, and the attribute key when it sets one. */
export interface Place {
  readonly parent: Parent;
  readonly key: string | null;
}

const UNKNOWN: Place = { parent: { kind: 'unknown' }, key: null };
const GONE: Place = { parent: { kind: 'gone' }, key: null };

/**
 * The places of the structs of a sequence of updates, found as Yjs finds them when it applies
 * them: a
 * struct names its parent (a root by name, or a type by id) only when it has no neighbours;
 * otherwise it takes the parent and key of its left neighbour (`origin`), or else of its right
 * one, which may be in the same update, an earlier one, or already in the room's document.
 */
export class UpdatePlaces {
  readonly #byClient = new Map<number, (Y.Item | Y.GC)[]>();
  readonly #known = new Map<Y.Item, Place>();

  constructor(private readonly doc: Y.Doc) {}

  /** Takes the structs of one more update into account; `remove` with the answer takes them out. */
  add(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): readonly (Y.Item | Y.GC)[] {
    const items: (Y.Item | Y.GC)[] = [];
    for (const struct of structs)
      if (struct instanceof Y.Item || struct instanceof Y.GC) items.push(struct);
    const touched = new Set<(Y.Item | Y.GC)[]>();
    for (const item of items) {
      const list = this.#byClient.get(item.id.client) ?? [];
      this.#byClient.set(item.id.client, list);
      const last = list[list.length - 1];
      if (last !== undefined && last.id.clock > item.id.clock) touched.add(list);
      list.push(item);
    }
    for (const list of touched) list.sort((a, b) => a.id.clock - b.id.clock);
    return items;
  }

  remove(items: readonly (Y.Item | Y.GC)[]): void {
    const gone = new Set(items);
    for (const [client, list] of this.#byClient) {
      const kept = list.filter((item) => !gone.has(item));
      if (kept.length === 0) this.#byClient.delete(client);
      else this.#byClient.set(client, kept);
    }
    for (const item of items) if (item instanceof Y.Item) this.#known.delete(item);
  }

  of(item: Y.Item): Place {
    // A chain of left neighbours inside the update (a pasted paragraph is one long chain):
    // walked in a loop, not recursively, and every place on it remembered.
    const chain = new Set<Y.Item>();
    let place: Place | undefined;
    for (let current: Y.Item | undefined = item; place === undefined;) {
      place = this.#known.get(current) ?? this.#ownPlace(current);
      if (place !== undefined) break;
      chain.add(current);
      const neighbour = (current.origin ?? current.rightOrigin) as Y.ID;
      const inUpdate = this.#itemInUpdate(neighbour);
      if (inUpdate instanceof Y.GC) {
        place = GONE;
        break;
      }
      if (inUpdate === undefined || chain.has(inUpdate)) {
        place = this.#placeInDocument(neighbour);
        break;
      }
      current = inUpdate;
    }
    for (const walked of chain) this.#known.set(walked, place);
    return place;
  }

  /** The place a struct states itself: only when it has no neighbours. */
  #ownPlace(item: Y.Item): Place | undefined {
    if (item.origin !== null || item.rightOrigin !== null) return undefined;
    const parent = item.parent as unknown;
    const key = item.parentSub;
    if (typeof parent === 'string') return { parent: { kind: 'root', name: parent }, key };
    if (parent instanceof Y.ID) {
      const holder = this.#itemInUpdate(parent) ?? this.#storedItem(parent);
      if (holder === undefined) return UNKNOWN;
      if (!(holder instanceof Y.Item) || holder.content instanceof Y.ContentDeleted) return GONE;
      if (!(holder.content instanceof Y.ContentType)) return { parent: { kind: 'other' }, key };
      const type = holder.content.type;
      // A type of the update is not integrated yet: only its class and name tell what it is.
      return { parent: type._item === null ? kindOf(type) : typeParent(type, this.doc), key };
    }
    return UNKNOWN;
  }

  #placeInDocument(id: Y.ID): Place {
    const stored = this.#storedItem(id);
    if (stored === undefined) return UNKNOWN;
    // A collected neighbour, or one whose parent was collected: Yjs drops the struct too.
    const parent =
      stored instanceof Y.Item ? (stored.parent as Y.AbstractType<unknown> | null) : null;
    if (parent === null) return GONE;
    return { parent: typeParent(parent, this.doc), key: (stored as Y.Item).parentSub };
  }

  #storedItem(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, id);
  }

  #itemInUpdate(id: Y.ID): Y.Item | Y.GC | undefined {
    const items = this.#byClient.get(id.client);
    if (items === undefined) return undefined;
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = items[middle];
      if (item === undefined) return undefined;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

/** What a stored Yjs type is, as a parent: a root by its name, an element by its node name. */
function typeParent(type: Y.AbstractType<unknown>, doc: Y.Doc): Parent {
  if (type._item === null) {
    for (const [name, root] of doc.share) if (root === type) return { kind: 'root', name };
    return { kind: 'other' };
  }
  return kindOf(type);
}

/** What a type is, by its class: an element by its node name, text, or something else. */
function kindOf(type: Y.AbstractType<unknown>): Parent {
  if (type instanceof Y.XmlElement) return { kind: 'element', name: type.nodeName };
  if (type instanceof Y.XmlText) return { kind: 'text' };
  return { kind: 'other' };
}
