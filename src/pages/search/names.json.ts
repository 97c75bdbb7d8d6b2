import { searchNames } from '../../queries/answers.ts';

/** /search/names.json, which the search page fetches only to put right a name a query gets slightly wrong. */
export async function GET() {
  return Response.json(await searchNames());
}
