import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { chatApi } from './queries';

/** Opens (or creates) the direct-message room with another member. */
export function MessageButton({ me, other }: { me: string; other: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  async function open() {
    setBusy(true);
    try {
      navigate(`/chat/${await (await chatApi()).openDirectMessage(me, other)}`);
    } catch (error) {
      toast.error(errorMessage(error, 'Could not open the conversation.'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="btn btn-primary" onClick={open} disabled={busy}>
      {busy ? 'Opening…' : 'Message'}
    </button>
  );
}
