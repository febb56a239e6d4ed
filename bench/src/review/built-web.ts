import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../../apps/web', import.meta.url));
const DIST = join(WEB, 'dist');
// The margin's test id as the bundler writes it: a quoted key, its value in any quotes.
const MARGIN_IN_BUNDLE = /"data-testid":\s*[`"']review-margin[`"']/;

/** What the web page our server serves (apps/web/dist) can show, read off its bundle. */
export interface BuiltWeb {
  /** It has the review margin (`data-testid="review-margin"`). */
  readonly margin: boolean;
  /** The margin says when its cards are placed (`data-review-ready="true"`). */
  readonly readyMarker: boolean;
  /** A file of apps/web/src changed after the page was built: `npm run build -w @rapporteur/web`. */
  readonly stale: boolean;
}

/** Reads the built page; throws with what to run when there is none. */
export function builtWeb(): BuiltWeb {
  let built: number;
  try {
    built = statSync(join(DIST, 'index.html')).mtimeMs;
  } catch {
    throw new Error(
      `The web page is not built (no ${DIST}/index.html): run npm run build -w @rapporteur/web.`,
    );
  }
  const bundle = filesUnder(join(DIST, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const newestSource = Math.max(
    ...filesUnder(join(WEB, 'src')).map((file) => statSync(file).mtimeMs),
  );
  return {
    margin: MARGIN_IN_BUNDLE.test(bundle),
    readyMarker: bundle.includes('data-review-ready'),
    stale: newestSource > built,
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
