import { answerFiles } from '../../queries/answers.ts';

/** /search/answers.json: the index of the search page's answer data (src/queries/answers.ts). */
export async function GET() {
  return Response.json((await answerFiles()).index);
}
