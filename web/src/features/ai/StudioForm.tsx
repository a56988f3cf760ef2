import { AI_LIMITS, LANGUAGES, STUDIO_TYPES, TYPE_LABELS, type StudioType } from '@aether/common';
import { useState, type FormEvent } from 'react';

export interface StudioRequest {
  type: StudioType;
  language: string | null;
  prompt: string;
}

const PLACEHOLDERS: Record<StudioType, string> = {
  code: 'A function that groups an array of objects by a key',
  api: 'A REST API for a library: books, members and loans',
  ui: 'A pricing card with three tiers and a monthly/yearly toggle',
  cli: 'A CLI that renames photos in a folder by the date they were taken',
};

/** Type picker, language (for code) and prompt. */
export function StudioForm({ initial, onSubmit }: { initial: StudioRequest; onSubmit: (r: StudioRequest) => void }) {
  const [type, setType] = useState<StudioType>(initial.type);
  const [language, setLanguage] = useState(initial.language ?? 'typescript');
  const [prompt, setPrompt] = useState(initial.prompt);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!prompt.trim()) return setError('Describe what to generate first.');
    setError(null);
    onSubmit({ type, language: type === 'code' ? language : null, prompt: prompt.trim() });
  };

  return (
    <form className="card stack ai-form" onSubmit={submit} aria-label="New generation">
      <fieldset className="ai-types">
        <legend>What to generate</legend>
        {STUDIO_TYPES.map((t) => (
          <label key={t} className={`ai-type${t === type ? ' selected' : ''}`}>
            <input type="radio" name="type" value={t} checked={t === type} onChange={() => setType(t)} />
            {TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {type === 'code' && (
        <div className="field">
          <label htmlFor="ai-language">Language</label>
          <select id="ai-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="ai-prompt">Prompt</label>
        <textarea
          id="ai-prompt"
          rows={4}
          value={prompt}
          maxLength={AI_LIMITS.promptMax}
          placeholder={PLACEHOLDERS[type]}
          onChange={(e) => setPrompt(e.target.value)}
          aria-describedby={error ? 'ai-prompt-error' : undefined}
          aria-invalid={Boolean(error)}
        />
        {error && (
          <p id="ai-prompt-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="row">
        <button className="btn btn-primary" type="submit">
          Generate
        </button>
      </div>
    </form>
  );
}
