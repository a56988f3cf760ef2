import { STUDIO_TYPES, type StudioType } from '@aether/common';
import { useSearchParams } from 'react-router';
import { Spinner } from '../../components/Spinner';
import { useSession } from '../auth/authStore';
import { AiTabs } from './AiTabs';
import { aiActions, useMyGenerations, versionsOf } from './queries';
import { ResultPanel } from './ResultPanel';
import { StudioForm, type StudioRequest } from './StudioForm';
import { VersionsPanel } from './VersionsPanel';
import type { Generation } from './types';
import './ai.css';

/** The AI studio. ?g=<first version id>&v=<selected version id>; ?type=&prompt=&language= prefill. */
export default function StudioPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const all = useMyGenerations(user?.uid);
  if (!user) return null;
  const rootId = params.get('g');
  const versions = versionsOf(all.data, rootId);
  const selected = versions.find((v) => v.id === params.get('v')) ?? versions.at(-1) ?? null;
  const prefillType = params.get('type');
  const initial: StudioRequest = {
    type: STUDIO_TYPES.includes(prefillType as StudioType) ? (prefillType as StudioType) : 'ui',
    language: params.get('language'),
    prompt: params.get('prompt') ?? '',
  };

  const open = (root: string, version: string) => setParams({ g: root, v: version });
  const generate = async (request: StudioRequest) => {
    const id = await aiActions.create(user.uid, request);
    open(id, id);
  };
  const nextVersion = () => Math.max(0, ...versions.map((v) => v.version)) + 1;
  const regenerate = async (from: Generation) => {
    const id = await aiActions.create(user.uid, {
      type: from.type,
      language: from.language,
      prompt: from.prompt,
      parentId: from.parentId,
      rootId: from.rootId,
      version: nextVersion(),
      regenerate: true,
    });
    open(from.rootId, id);
  };
  const refine = async (from: Generation, instruction: string) => {
    const id = await aiActions.create(user.uid, {
      type: from.type,
      language: from.language,
      prompt: instruction,
      parentId: from.id,
      rootId: from.rootId,
      version: nextVersion(),
    });
    open(from.rootId, id);
  };

  return (
    <div className="page stack ai-page">
      <AiTabs />
      <h1>AI Studio</h1>
      {rootId ? (
        <button type="button" className="btn btn-outline ai-new" onClick={() => setParams({})}>
          New generation
        </button>
      ) : (
        <StudioForm key={params.toString()} initial={initial} onSubmit={(r) => void generate(r)} />
      )}
      {rootId && all.isPending && <Spinner label="Loading the result" />}
      {all.error && (
        <p className="form-error" role="alert">
          Could not load your generations: {all.error.message}
        </p>
      )}
      {rootId && !all.isPending && !selected && (
        <p className="muted" role="status">
          This result no longer exists.{' '}
          <button className="btn btn-ghost" onClick={() => setParams({})}>
            Start a new one
          </button>
        </p>
      )}
      {selected && (
        <div className="ai-workspace">
          <ResultPanel
            key={selected.id}
            generation={selected}
            onRegenerate={() => void regenerate(selected)}
            onRefine={(text) => void refine(selected, text)}
          />
          {versions.length > 0 && (
            <VersionsPanel versions={versions} selectedId={selected.id} onSelect={(id) => open(selected.rootId, id)} />
          )}
        </div>
      )}
    </div>
  );
}
