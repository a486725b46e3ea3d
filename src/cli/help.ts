// Usage texts, one per command. Kept apart from the code so the commands read as logic.
export const MAIN_HELP = `Usage: career-articles <command> [options]

Lint career comparison articles ("A vs. B: What Are the Differences?") written in Markdown,
plain text or HTML.

Commands:
  lint <files, folders or globs...>   Report problems; --fix repairs what is safe to repair
  inspect <file>                      Print an article's structure as JSON
  import <file> [-o out.md]           Turn a plain-text or HTML article into Markdown
  report <files, folders or globs...> Write a site report: every article, every role's figures
  refresh [--dry-run] <paths...>      Update out-of-date salary and outlook figures to the
                                      current BLS release (--dry-run prints a diff)
  new <role> <role> [-o file]         Start a new comparison article for two roles, with
                                      the dataset's salary, education and outlook sentences
  roles <query...>                    Look up occupations and their wages in the role dataset
  roles --map <role> <soc>            Map a role the dataset does not know to an occupation
  dataset import <file> -o <out>      Turn a BLS OEWS workbook or CSV into a workspace dataset
  lsp --stdio                         Run the language server (for Neovim, Helix, Zed, Emacs...)
  style test                          Check the house style's examples (style rules in the config)
  vocab export --format <name>        Write the job titles as a Vale, cSpell or Harper vocabulary
  playground [-o folder]              Write the paste-and-check page: a folder that runs offline

Options:
  -h, --help      Show help (also: career-articles <command> --help)
  -v, --version   Print the version

Set CAREER_ARTICLES_DEBUG=1 to print stack traces of unexpected errors.
`;

export const LINT_HELP = `Usage: career-articles lint [options] <files, folders or globs...>

Lints comparison articles in Markdown (*.md, *.markdown), plain text (*.txt) and HTML
(*.html, *.htm; the page's <article> or <main>, without header, nav, footer, scripts or
styles). Folders are searched for those extensions (--ext changes the list), skipping
node_modules, .git, hidden folders and whatever .gitignore files exclude. Files named
directly are always read. Files that are not comparison articles (no "A vs. B" title or
heading and no "career-article: true" front matter) are skipped: a file named on the command
line gets a note on stderr, every skipped file an entry with a "skipped" reason in json and
sarif output, and the summary counts them. A folder or glob that yields no file, or only
files .gitignore excludes, is an error (exit 2) unless --no-error-on-unmatched-pattern.

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github (GitHub
                          Actions annotations) or junit (JUnit XML)
  -o, --output-file <file>
                          Write the report to this file (atomically) instead of stdout;
                          never over an input or an article (see --force)
      --force             Let -o and --cache-location replace a file that is not this
                          tool's report or cache (never one of the run's inputs)
      --stdin             Lint the text read from stdin
      --stdin-filename <name>
                          The path stdin's text is linted as (its config is the one
                          nearest to it; it need not exist); default <stdin>
      --fix               Apply safe fixes, write the files back atomically, then report
                          what is left (files without any write permission are not fixed)
  -c, --config <file>     Use this config file for every article instead of the nearest
                          .career-articles.json above each article
      --dataset <file>    Role dataset (JSON or CSV) merged over the bundled BLS data;
                          overrides the config's "dataset"
      --cache             Keep each file's results and answer unchanged files from them; a
                          change to the file, its config, its dataset or this tool counts
      --cache-location <path>
                          Where --cache keeps them (a file, or a folder for lint-cache.json);
                          implies --cache. Default: node_modules/.cache/career-articles/
  -q, --quiet             Report errors only, without the notes on skipped files
      --ext <list>        Extensions a folder search takes (default md,markdown,txt,html,htm)
      --no-error-on-unmatched-pattern
                          A folder or glob without files to lint is not an error
      --max-warnings <n>  Exit with code 1 when there are more than n warnings
      --fail-on <level>   The lowest severity that exits with code 1: error (default),
                          warning or info
      --baseline <file>   Do not report the findings this baseline holds (matched by file,
                          rule, message id and the text around them, not by line)
      --write-baseline <file>
                          Record every finding of the run in this baseline file (format
                          career-articles/baseline@1), so none is reported
      --changed-since <ref>
                          Report only findings on lines changed since this git ref (from
                          the merge base to the working tree; untracked files count as
                          new), and whole-article findings of the files changed
      --shard <i>/<n>     Lint the i-th of n parts of the files (by a hash of each path
                          relative to the current folder); the cross-article checks are
                          left to 'report --from' over every part's json output
      --summary-file <file>
                          Also write a Markdown summary of what is reported (for
                          $GITHUB_STEP_SUMMARY)
      --sarif-file <file> Also write the findings reported as SARIF
      --no-color          Plain output (colours are also off when NO_COLOR is set or
                          stdout is not a terminal)
  -h, --help              Show this help

Exit codes:
  0  no errors (warnings and infos allowed, up to --max-warnings and by --fail-on)
  1  errors found (or warnings, infos with --fail-on), or more warnings than --max-warnings
  2  usage error, missing file or folder, invalid config file, invalid baseline, unknown git
     ref, or a file that could not
     be read (binary, not UTF-8, no permission), linted in time or, with --fix, written;
     such a file is reported with the others and the run goes on

Environment:
  NO_COLOR                 Plain output
  CAREER_ARTICLES_TIMEOUT  Seconds one file (or loading one dataset) may take before it is
                           reported as too slow (default 120, at most a day)
  CAREER_ARTICLES_MAX_FILE_MB     Largest article linted (default 10)
  CAREER_ARTICLES_MAX_DATASET_MB  Largest dataset read (default 50)
  CAREER_ARTICLES_MAX_CONFIG_MB   Largest config read (default 1)
  CAREER_ARTICLES_MAX_MEMORY_MB   Heap of one lint worker (default 2048); a file that
                           needs more is reported, the run goes on
  CAREER_ARTICLES_DEBUG=1  Stack traces for unexpected errors, and how many files came
                           from the cache

The config's maxFileSize only applies in the editor. Only regular files are read (a pipe
or a device is reported, never waited on). Folder searches do not follow symlinked
folders; --fix writes nothing outside the files and folders named, never replaces a file
that changed since it was read, and leaves a file with hard links alone. A config's
dataset must lie in the config's folder or below the current folder (--dataset may point
anywhere). Runs of 200 files or more use one lint worker per core (up to four).

The json format prints [{"file", "findings": [{"ruleId", "messageId", "topic", "severity",
"message", "line", "column", "endLine", "endColumn", "offset", "endOffset", "data"}],
"site": {"claims", "rules"}}], one entry per article ("site": its salary claims and the
cross-article rule's settings, for 'report --from'), plus one {"file", "error",
"findings": []} per file that could not be read and one {"file", "skipped",
"findings": []} per file that is not an article.
`;

export const IMPORT_HELP = `Usage: career-articles import [options] <file>

Turns a plain-text or HTML comparison article into a Markdown article in the standard shape
(H1 title, H2 definitions and comparison, H3 sections), keeping its text: linting the result
gives the findings the source gave. The site's navigation and the page's chrome are left out.

Options:
  -o, --output <file>   Write the Markdown to this file (default: stdout)
      --force           Replace the output file when it exists (never the file imported)
  -c, --config <file>   Config file (for heading synonyms); default: the nearest
                        .career-articles.json above the file
  -h, --help            Show this help
`;

export const NEW_HELP = `Usage: career-articles new [options] <role> <role>

Writes a new comparison article for two roles: the title, a definition of each role, the five
standard sections, and sentences with the dataset's salaries, typical entry education and
projected growth, each citing its release. "Registered Nurse (RN)" defines the abbreviation on
first use and uses "RNs" after it. Every other paragraph is a "TODO" placeholder that says what
to write; lint reports each one until it is replaced. A role must match an occupation as lint
matches it (see \`career-articles roles\`).

Options:
  -o, --output <file>   Write the article to this file (default: stdout); an existing file is
                        not replaced without --force
  -f, --format <name>   md (default), txt or html; default from the output file's extension
      --force           Replace the output file when it exists (never an input of the run)
  -c, --config <file>   Config file (for its workspace dataset); default: the nearest
                        .career-articles.json above the current folder
      --dataset <file>  Role dataset (JSON or CSV) merged over the bundled BLS data
  -h, --help            Show this help
`;

export const INSPECT_HELP = `Usage: career-articles inspect [options] <file>

Prints the article's title, the two roles, the role definitions and the comparison
sections (key, heading, line, word count) as JSON, and every claim it states (salary,
outlook, counts, education) with its kind, statistic, role, period, year, place, source,
line and column, and the verdict the rules give it (current, outdated, mismatch, unchecked).

Options:
  -c, --config <file>   Config file (for heading synonyms); default: the nearest
                        .career-articles.json above the article
  -h, --help            Show this help
`;

export const ROLES_HELP = `Usage: career-articles roles [options] <query...>
       career-articles roles --map <role> <soc>

Looks up occupations in the role dataset (BLS OEWS wages, merged with a workspace dataset
when one is configured): exact matches of the name first, then search results. A name lint
does not match lists what lint says instead, marked "Not matched": the occupations O*NET files
the name under but lint sets aside, then lint's nearest occupations. Exits with code 1 when
nothing is listed.

With --map, writes "role": "soc" into the "roles" of the nearest .career-articles.json
above the current folder (creating one here when there is none), keeping its comments and
formatting: lint then checks that role's figures against that occupation. The SOC code must
be an occupation of the dataset.

Options:
      --map             Map the role (every argument but the last) to the SOC code (the last)
  -f, --format <name>   Output format: text (default) or json
      --limit <n>       Most search results to show (default 10)
  -c, --config <file>   Config file naming a workspace dataset; default: the nearest
                        .career-articles.json above the current folder
      --dataset <file>  Role dataset (JSON or CSV) merged over the bundled data
  -h, --help            Show this help
`;

export const REFRESH_HELP = `Usage: career-articles refresh [options] <files, folders or globs...>

Rewrites the salary and job outlook figures that salary-mismatch and outlook-mismatch judge
out of date or mismatched to the dataset's current release (BLS OEWS wages, BLS Employment
Projections), with the citation, in each sentence's own form: per year or per hour, k-notation,
a range's words, a table cell. Nothing else in the file changes. Files are written atomically,
only inside the files and folders named, and never over a file that changed meanwhile.
Figures refresh cannot settle (a role matching several occupations, a figure dated by its
label, a figure from another named source) are listed on stderr and left as they are.
Files are found as lint finds them; a named file that is not an article is reported.

Options:
  -n, --dry-run           Print the changes as a unified diff and write nothing
  -c, --config <file>     Use this config file for every article instead of the nearest
                          .career-articles.json above each article
      --dataset <file>    Role dataset (JSON or CSV) merged over the bundled BLS data
      --ext <list>        Extensions a folder search takes (default md,markdown,txt,html,htm)
  -q, --quiet             No notes on stderr
  -h, --help              Show this help

Exit codes:
  0  nothing is out of date (any figures were refreshed)
  1  --dry-run: figures would change; or figures were left as they are
  2  usage error, missing file or folder, invalid config file, or a file that could not
     be read or written (the others are still refreshed)
`;

export const LSP_HELP = `Usage: career-articles lsp --stdio

Runs the Career Articles language server over stdin and stdout (also installed as
career-articles-lsp). It lints open articles with the same config cascade and datasets as
\`lint\`, off its own thread, under a time budget (initializationOptions.timeBudgetMs,
default 3000): a document that takes longer gets one "not checked" diagnostic until its
next edit. The README's "Language server" section shows each editor's setup.

Options:
      --stdio   Talk LSP over stdin/stdout (the only transport)
  -h, --help    Show this help
`;

export const REPORT_HELP = `Usage: career-articles report [options] <files, folders or globs...>
       career-articles report --from <results.json...> [options]

Lints every article (as \`lint\` does, with the cross-article checks) and writes one report:
a summary; a table of articles (sortable, filterable by status and rule); every role's
figures across the site beside the current BLS figure, drawn on the role's 10th–90th
percentile band, with inconsistent figures highlighted; the claims that match an older
release. The HTML page is self-contained: it makes no request and works offline.

Options:
  -o, --output <file>   Write the report to this file (atomically); default: stdout.
                        Never over an input or an article (see --force)
      --force           Replace an existing file that is not this tool's report
  -f, --format <name>   html (default), json (the same content) or markdown (a summary
                        for a pull-request comment)
  -c, --config <file>   Use this config file for every article
      --dataset <file>  Role dataset (JSON or CSV) merged over the bundled BLS data
      --from <file>     Build the report from the json output of lint runs (one per
                        --shard; more files may follow, globs are expanded) instead of
                        linting: the cross-article checks run over all of them, and the
                        report equals one run's over the whole site
  -h, --help            Show this help

A progress bar is drawn on stderr when it is a terminal.
Exit codes: 0 no errors, 1 errors found, 2 usage error or a file that could not be read.
`;

export const DATASET_HELP = `Usage: career-articles dataset import <workbook or CSV> -o <roles.json>

Writes a workspace role dataset from a BLS OEWS file as BLS publishes it: a national, state
or metro workbook (national_M2025_dl.xlsx, state_M2025_dl.xlsx, MSA_M2025_dl.xlsx) or a CSV
with BLS's column names. Detailed occupations are kept; the file's area (AREA_TITLE), its
reference period, the top-code rule it uses and the citation are recorded in the dataset.
Point "dataset" in .career-articles.json (or --dataset) at a national result; list a state's
or metro area's in "areaDatasets", so a figure an article gives for that place is checked
against it. A state or metro workbook holds every area: pick one with --area.

Options:
  -o, --output <file>   Where to write the dataset (JSON); never over the workbook
      --area <place>    The area to import from a file of several: its AREA_TITLE, a state's
                        name or postal code ("TX"), or a metro area's main city ("Austin")
      --force           Replace an existing file that is not a dataset of this tool
      --period <text>   Reference period, when the file name does not say (e.g. "May 2025")
  -h, --help            Show this help
`;

export const VOCAB_HELP = `Usage: career-articles vocab export --format <vale|cspell|harper> [options]

Writes the words of the dataset's job titles (and of the house style's "use" terms) as a
vocabulary, so a spell checker the team already runs stops flagging them: vale, an
accept.txt (one case-insensitive, regex-escaped word a line); cspell, a cspell.json with
"words"; harper, a user dictionary (one word a line).

Options:
  -f, --format <name>   vale, cspell or harper
  -o, --output <file>   Write to this file instead of standard output
  -c, --config <file>   Use this config file instead of searching up from the current folder
      --dataset <file>  Use this roles dataset instead of the config's or the bundled one
  -h, --help            Show this help
`;

export const STYLE_HELP = `Usage: career-articles style test [options]

Runs the examples of every house style rule (the "style" key of .career-articles.json, and
the presets it names): each "flag" text must be reported by its rule, each "pass" text must
not. Prints one line per broken example and exits 1 when there is one, so CI can test a
team's style.

Options:
  -c, --config <file>   Use this config file instead of searching up from the current folder
  -h, --help            Show this help
`;

export const PLAYGROUND_HELP = `Usage: career-articles playground [-o folder] [--force]

Writes a page to check an article without installing anything: paste, drop or open an
article (Markdown, plain text or HTML) and see its findings in the text with their fixes, the
BLS figures behind each salary and role, and the side-by-side preview. The page runs the
language server in a web worker with the bundled dataset: it needs no server and no network
(open index.html from the folder, or publish the folder on any static host), and nothing
typed into it is sent anywhere. Articles over the size limit (CAREER_ARTICLES_MAX_FILE_MB,
default 10) are refused, and a check that takes too long is stopped.

Options:
  -o, --output <folder>  The folder to write (default: playground). It may be new, empty or
                         a previous playground
      --force            Write into a folder that holds other files (files with the page's
                         names are replaced)
  -h, --help             Show this help
`;
