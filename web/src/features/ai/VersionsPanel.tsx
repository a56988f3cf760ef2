import { useState } from 'react';
import { DiffView } from './DiffView';
import { codeOf } from './download';
import { aiActions } from './queries';
import type { Generation } from './types';

/** Every version of one result: step back, name a checkpoint, compare two side by side. */
export function VersionsPanel({
  versions,
  selectedId,
  onSelect,
}: {
  versions: Generation[];
  selectedId: string;
  onSelect: (id: string) => void;
}) {
  const [compare, setCompare] = useState<[string, string] | null>(null);
  const [naming, setNaming] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const pair = compare && byId.get(compare[0]) && byId.get(compare[1]) ? compare : null;

  const saveName = async (id: string) => {
    try {
      await aiActions.name(id, name);
      setNaming(null);
      setError(null);
    } catch {
      setError('Could not save the name. Try again.');
    }
  };

  return (
    <section className="card stack ai-versions" aria-labelledby="ai-versions-title">
      <h2 id="ai-versions-title">Versions</h2>
      <ol className="ai-version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.id} className={v.id === selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="btn btn-ghost btn-small"
              aria-current={v.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(v.id)}
            >
              v{v.version}
              {v.name ? ` · ${v.name}` : ''} <span className="muted">({v.status})</span>
            </button>
            {naming === v.id ? (
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void saveName(v.id);
                }}
              >
                <label className="visually-hidden" htmlFor={`name-${v.id}`}>
                  Checkpoint name
                </label>
                <input id={`name-${v.id}`} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
                <button className="btn btn-small btn-primary" type="submit">
                  Save
                </button>
              </form>
            ) : (
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => {
                  setNaming(v.id);
                  setName(v.name ?? '');
                }}
              >
                Name
              </button>
            )}
            {v.id !== selectedId && (
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setCompare([v.id, selectedId])}>
                Compare with current
              </button>
            )}
          </li>
        ))}
      </ol>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {pair && (
        <div className="stack">
          <div className="row">
            <h3>Compare</h3>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setCompare(null)}>
              Close
            </button>
          </div>
          <DiffView
            before={codeOf(byId.get(pair[0])!)}
            after={codeOf(byId.get(pair[1])!)}
            beforeLabel={`v${byId.get(pair[0])!.version}`}
            afterLabel={`v${byId.get(pair[1])!.version}`}
          />
        </div>
      )}
    </section>
  );
}
