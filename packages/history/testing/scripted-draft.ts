/**
 * A draft written by scripted people, the way the editor writes it (numbered paragraphs as
 * XmlElements holding an XmlText, as y-prosemirror stores them), each update stored as the
 * server stores it: a DraftUpdated event with the actor and the Yjs client ids in metadata.
 */
import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, NUMBERED_PARAGRAPH } from '@rapporteur/editor-schema';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export class ScriptedDraft {
  /** Everything stored so far, merged: what a newly arriving writer syncs from. */
  readonly stored = new Y.Doc();
  readonly stream: string;
  #nextClient = 1000;

  constructor(
    readonly store: EventStore,
    readonly draftId: string,
  ) {
    this.stream = draftStream(draftId);
  }

  /** A person with an editor open: their own document and Yjs client id. */
  writer(person: Person): Writer {
    return new Writer(this, { person, client: this.#nextClient++ });
  }

  /** Stores a person's updates as one append, as a group commit does; resolves with the last revision. */
  async saveAll(updates: readonly Uint8Array[], person: Person): Promise<number> {
    const result = await this.store.append(
      this.stream,
      updates.map((update) => ({
        type: DRAFT_UPDATED,
        payload: update,
        metadata: {
          actor: person.id,
          name: person.name,
          role: person.role,
          clients: [...new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client))],
        },
      })),
    );
    Y.transact(this.stored, () => {
      for (const update of updates) Y.applyUpdate(this.stored, update);
    });
    return result.nextExpectedRevision;
  }

  /** Stores one update as the server does; resolves with its revision. */
  async save(update: Uint8Array, person: Person): Promise<number> {
    const clients = [...new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client))];
    const result = await this.store.append(this.stream, [
      {
        type: DRAFT_UPDATED,
        payload: update,
        metadata: { actor: person.id, name: person.name, role: person.role, clients },
      },
    ]);
    Y.applyUpdate(this.stored, update);
    return result.firstRevision;
  }
}

export class Writer {
  readonly doc = new Y.Doc();
  readonly #draft: ScriptedDraft;
  readonly person: Person;

  constructor(draft: ScriptedDraft, identity: { person: Person; client: number }) {
    this.#draft = draft;
    this.person = identity.person;
    this.doc.clientID = identity.client;
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(DRAFT_FIELD);
  }

  /** Inserts a numbered paragraph (or a plain one with level undefined) at block `index`. */
  addParagraph(index: number, block: { text: string; level?: number }): Promise<number> {
    return this.#edit(() => {
      const element = new Y.XmlElement(
        block.level === undefined ? 'paragraph' : NUMBERED_PARAGRAPH,
      );
      if (block.level !== undefined) element.setAttribute('level', block.level as never);
      const text = new Y.XmlText();
      text.insert(0, block.text);
      element.insert(0, [text]);
      this.fragment.insert(Math.min(index, this.fragment.length), [element]);
    });
  }

  type(at: { block: number; offset: number }, text: string): Promise<number> {
    return this.#edit(() => {
      this.#text(at.block).insert(at.offset, text);
    });
  }

  erase(at: { block: number; offset: number }, length: number): Promise<number> {
    return this.#edit(() => {
      this.#text(at.block).delete(at.offset, length);
    });
  }

  removeBlock(index: number): Promise<number> {
    return this.#edit(() => {
      this.fragment.delete(index, 1);
    });
  }

  setLevel(index: number, level: number): Promise<number> {
    return this.#edit(() => {
      (this.fragment.get(index) as Y.XmlElement).setAttribute('level', level as never);
    });
  }

  #text(block: number): Y.XmlText {
    const element = this.fragment.get(block) as Y.XmlElement | undefined;
    const text = element?.get(0);
    if (!(text instanceof Y.XmlText)) throw new RangeError(`No block ${block} with text.`);
    return text;
  }

  async #edit(change: () => void): Promise<number> {
    Y.applyUpdate(
      this.doc,
      Y.encodeStateAsUpdate(this.#draft.stored, Y.encodeStateVector(this.doc)),
    );
    let update: Uint8Array | undefined;
    const capture = (u: Uint8Array) => {
      update = u;
    };
    this.doc.on('update', capture);
    try {
      this.doc.transact(change);
    } finally {
      this.doc.off('update', capture);
    }
    if (update === undefined) throw new RangeError('The edit changed nothing.');
    return this.#draft.save(update, this.person);
  }
}

/** The text of every block of a draft document, in order. */
export function blockTexts(doc: Y.Doc): string[] {
  const blocks: unknown[] = doc.getXmlFragment(DRAFT_FIELD).toArray();
  return blocks.map((node) => textOf(node));
}

function textOf(node: unknown): string {
  if (node instanceof Y.XmlText) return node.toJSON();
  if (node instanceof Y.XmlElement) {
    const children: unknown[] = node.toArray();
    return children.map((child) => textOf(child)).join('');
  }
  return '';
}
