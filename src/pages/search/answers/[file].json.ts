import type { GetStaticPaths } from 'astro';
import { answerFiles } from '../../../queries/answers.ts';

/**
 * /search/answers/<i>.json (the figures of owner i, or with no owner) and
 * /search/answers/pieces-<b>.json: the answer data the search page loads as a query needs it
 * (src/client/answer.ts, `split`).
 */
export const getStaticPaths = (async () => {
  const { shards, pieces } = await answerFiles();
  return [
    ...shards.map((body, i) => ({ params: { file: String(i) }, props: { body } })),
    ...pieces.map((body, b) => ({ params: { file: `pieces-${b}` }, props: { body } })),
  ];
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: unknown } }) {
  return Response.json(props.body);
}
