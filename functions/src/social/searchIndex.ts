import { searchDocId, searchTokens, type SearchDoc, type SearchKind } from '@aether/common';
import { FieldValue, type DocumentData, type Firestore } from 'firebase-admin/firestore';

/**
 * The search index behind one interface: `indexDocument` / `removeFromIndex`. Today it writes
 * search/{kind}_{id} with a token array (words + prefixes) that the client queries with
 * array-contains; a hosted engine (Typesense/Algolia extension) would replace these two functions
 * and the client's `searchIndex` query, nothing else (docs/ARCHITECTURE.md).
 */
export async function indexDocument(db: Firestore, doc: Omit<SearchDoc, 'tokens'>, texts: string[]): Promise<void> {
  await db.doc(`search/${searchDocId(doc.kind, doc.refId)}`).set({
    ...doc,
    title: doc.title.slice(0, 200),
    subtitle: doc.subtitle.slice(0, 200),
    tokens: searchTokens(...texts),
    updatedAt: FieldValue.serverTimestamp(),
  });
}

export async function removeFromIndex(db: Firestore, kind: SearchKind, id: string): Promise<void> {
  await db.doc(`search/${searchDocId(kind, id)}`).delete();
}

/** What each kind contributes to the index; null means "not searchable" (private, hidden...). */
export function searchEntryFor(
  kind: SearchKind,
  id: string,
  data: DocumentData | undefined,
): { doc: Omit<SearchDoc, 'tokens'>; texts: string[] } | null {
  if (!data) return null;
  switch (kind) {
    case 'user': {
      if (data.banned === true) return null;
      const name = String(data.displayName ?? '');
      const bio = data.bioHidden === true || data.isPrivate === true ? '' : String(data.bio ?? '');
      return { doc: { kind, refId: id, title: name, subtitle: bio, link: `/u/${id}` }, texts: [name, bio] };
    }
    case 'post': {
      if (data.hidden !== false || data.visibility !== 'public') return null;
      const text = String(data.text ?? '');
      const tags = Array.isArray(data.tags) ? (data.tags as string[]) : [];
      return {
        doc: {
          kind,
          refId: id,
          title: text.slice(0, 120),
          subtitle: tags.map((t) => `#${t}`).join(' '),
          link: `/posts/${id}`,
        },
        texts: [text, ...tags],
      };
    }
    case 'room': {
      if (data.type !== 'public') return null;
      const name = String(data.name ?? '');
      const topic = String(data.topic ?? '');
      return { doc: { kind, refId: id, title: name, subtitle: topic, link: `/chat/${id}` }, texts: [name, topic] };
    }
    case 'course': {
      if (data.published === false) return null;
      const title = String(data.title ?? data.name ?? '');
      const summary = String(data.summary ?? data.description ?? '');
      const tags = Array.isArray(data.tags) ? (data.tags as string[]) : [];
      return {
        doc: { kind, refId: id, title, subtitle: summary, link: `/learn/${id}` },
        texts: [title, summary, ...tags],
      };
    }
  }
}

/** Brings the index in line with a document's current state (idempotent: same input, same doc). */
export async function syncSearch(db: Firestore, kind: SearchKind, id: string, data: DocumentData | undefined) {
  const entry = searchEntryFor(kind, id, data);
  if (entry) await indexDocument(db, entry.doc, entry.texts);
  else await removeFromIndex(db, kind, id);
  return entry ? 'indexed' : 'removed';
}
