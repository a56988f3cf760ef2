import { tokenizeMessage } from '@aether/common/chat/richText';
import { Fragment } from 'react';

/** Message text with links, code and mentions. Every piece is a React text node: nothing is HTML. */
export function RichText({ text, mentionNames }: { text: string; mentionNames: string[] }) {
  return (
    <>
      {tokenizeMessage(text, mentionNames).map((token, i) => {
        switch (token.kind) {
          case 'link':
            return (
              <a key={i} href={token.href} target="_blank" rel="noopener noreferrer nofollow">
                {token.href}
              </a>
            );
          case 'code':
            return <code key={i}>{token.text}</code>;
          case 'codeBlock':
            return (
              <pre key={i} className="code-block" data-language={token.language || undefined}>
                <code>{token.text}</code>
              </pre>
            );
          case 'mention':
            return (
              <span key={i} className="mention">
                {token.text}
              </span>
            );
          default:
            return <Fragment key={i}>{token.text}</Fragment>;
        }
      })}
    </>
  );
}
