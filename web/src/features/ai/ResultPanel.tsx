import { highlightLanguageFor, isFinalStatus } from '@aether/common';
import { useState, type FormEvent } from 'react';
import { CodeView } from './CodeView';
import { codeOf, downloadGeneration } from './download';
import { PreviewFrame } from './PreviewFrame';
import { aiActions } from './queries';
import { StatusChip } from './StatusChip';
import type { Generation } from './types';

/** One version: streamed code with highlighting, UI preview, and the actions on it. */
export function ResultPanel({
  generation,
  onRegenerate,
  onRefine,
}: {
  generation: Generation;
  onRegenerate: () => void;
  onRefine: (instruction: string) => void;
}) {
  const [followUp, setFollowUp] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const running = !isFinalStatus(generation.status);
  const code = codeOf(generation);
  const canUse = generation.status === 'done' || (generation.status === 'cancelled' && Boolean(code));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setNotice('Copied to the clipboard.');
    } catch {
      setNotice('Copying is blocked here; select the code and copy it instead.');
    }
  };
  const refine = (event: FormEvent) => {
    event.preventDefault();
    if (!followUp.trim()) return;
    onRefine(followUp.trim());
    setFollowUp('');
  };

  return (
    <section className="card stack ai-result" aria-labelledby="ai-result-title">
      <div className="row ai-result-head">
        <h2 id="ai-result-title">
          Version {generation.version}
          {generation.name ? ` · ${generation.name}` : ''}
        </h2>
        <div aria-live="polite">
          <StatusChip generation={generation} />
        </div>
      </div>
      <p className="muted ai-prompt-line">{generation.prompt}</p>
      {generation.status === 'error' && (
        <p className="form-error" role="alert">
          {generation.error ?? 'Something went wrong.'}
        </p>
      )}
      {running && !code && (
        <p className="muted" role="status">
          {generation.status === 'queued' ? 'Waiting for the AI…' : 'The first lines are on their way…'}
        </p>
      )}
      {code && (
        <div className={generation.type === 'ui' ? 'ai-split' : undefined}>
          <CodeView
            code={code}
            language={highlightLanguageFor(generation.type, generation.language)}
            label="Generated code"
          />
          {generation.type === 'ui' && canUse && <PreviewFrame html={code} />}
        </div>
      )}
      <div className="row ai-actions">
        {running ? (
          <button
            className="btn btn-danger"
            type="button"
            disabled={generation.cancelRequested}
            onClick={() => void aiActions.cancel(generation.id)}
          >
            Cancel
          </button>
        ) : (
          <button className="btn btn-outline" type="button" onClick={onRegenerate}>
            Regenerate
          </button>
        )}
        <button className="btn btn-outline" type="button" disabled={!canUse} onClick={() => void copy()}>
          Copy
        </button>
        <button
          className="btn btn-outline"
          type="button"
          disabled={!canUse}
          onClick={() => setNotice(`Downloaded ${downloadGeneration(generation)}.`)}
        >
          Download
        </button>
      </div>
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {canUse && (
        <form className="row ai-refine" onSubmit={refine}>
          <label htmlFor="ai-followup" className="visually-hidden">
            Refine this version
          </label>
          <input
            id="ai-followup"
            value={followUp}
            onChange={(e) => setFollowUp(e.target.value)}
            placeholder="Refine: e.g. add a dark mode"
          />
          <button className="btn btn-primary" type="submit" disabled={!followUp.trim()}>
            Refine
          </button>
        </form>
      )}
      {generation.usage && (
        <p className="muted ai-usage">
          {generation.model} · {generation.usage.totalTokens} tokens
        </p>
      )}
    </section>
  );
}
