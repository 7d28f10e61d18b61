//! The `tifa` binary: parses flags into a validated [`Config`] and calls the library.

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tifa::analyze::{analyze_command, AnalyzeOptions};
use tifa::clean::CleanOptions;
use tifa::commands::{
    clean_command, dedup_command, diff_command, extract_command, index_command, segment_command,
    DiffRun, Format, Sink,
};
use tifa::dedup::{DedupOptions, Keep};
use tifa::error::Error;
use tifa::input::{Corpus, InputOptions};
use tifa::output::{write_line, Named};
use tifa::pipeline::Config;
use tifa::progress::Reporting;
use tifa::report::Embed;
use tifa::terminal::safe_line;

#[derive(Parser)]
#[command(
    name = "tifa",
    version,
    about = "Clean, segment and analyze corpora of Chinese news and official text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Clean documents and write them as JSONL (one object a document) or as text.
    Clean {
        #[command(flatten)]
        common: Common,
        /// Output file (written aside, then put in place); standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// json: one object a document (docs/schema.md); text: the cleaned text.
        #[arg(long, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
    },
    /// Clean and split into words: one sentence a line, or JSONL with token spans.
    Segment {
        #[command(flatten)]
        common: Common,
        /// Output file (written aside, then put in place); standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// text: words separated by spaces, one sentence a line; json: tokens with spans.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Extract numeric claims (value, unit, qualifier, interval, subject) from each document.
    Extract {
        #[command(flatten)]
        common: Common,
        /// Output file (written aside, then put in place); standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// json: claims, terms and keywords a document; text: the claims as a table; csv: one
        /// row a claim, with a header (docs/schema.md).
        #[arg(long, value_enum, default_value_t = ExtractFormatArg::Json)]
        format: ExtractFormatArg,
    },
    /// Index keywords, programs, slogans and cited documents of a corpus into a folder.
    Index {
        #[command(flatten)]
        common: Common,
        /// Output folder.
        #[arg(short, long)]
        output: PathBuf,
        /// Print nothing but errors.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Find repeated paragraphs (exact, near-duplicate, truncated) and duplicate documents.
    Dedup(DedupArgs),
    /// Compare two versions (OLD NEW: files, or folders / JSONL files paired by id): text
    /// added, removed, changed and moved, numbers and programs/slogans that changed. Exit
    /// code 1 when they differ.
    #[command(override_usage = "tifa diff [OPTIONS] OLD NEW")]
    Diff(DiffArgs),
    /// Run every stage over a corpus (default ./corpus) and write an output folder.
    Analyze(AnalyzeArgs),
}

#[derive(Args)]
struct AnalyzeArgs {
    #[command(flatten)]
    common: Common,
    /// Output folder.
    #[arg(short, long, default_value = "tifa-out")]
    output: PathBuf,
    /// Print nothing but errors: no progress bars, no summary.
    #[arg(short, long)]
    quiet: bool,
    /// Print the time of each stage as it ends (on stderr).
    #[arg(short, long)]
    verbose: bool,
    /// Skip deduplication.
    #[arg(long)]
    no_dedup: bool,
    /// Skip claim extraction.
    #[arg(long)]
    no_extract: bool,
    /// Do not write report.html.
    #[arg(long)]
    no_report: bool,
    /// Put the text of the first N documents in report.html, or of all [default: as many as
    /// fit in about 9 MB of compressed text]
    #[arg(long, value_name = "N|all", value_parser = parse_embed)]
    report_docs: Option<Embed>,
    /// Also write the deduplicated corpus into OUTPUT/clean.
    #[arg(long)]
    write_clean: bool,
}

#[derive(Args)]
struct DiffArgs {
    #[command(flatten)]
    common: Common,
    /// Print the comparison as JSON (one object; JSON Lines when folders are compared).
    #[arg(long)]
    json: bool,
    /// Also write a self-contained side-by-side HTML page here.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Color the terminal view: auto (when stdout is a terminal and NO_COLOR is unset).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Args)]
struct DedupArgs {
    #[command(flatten)]
    common: Common,
    /// Write the clusters as JSON here (atomically); standard output when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Write the deduplicated corpus into this folder.
    #[arg(long)]
    write_clean: Option<PathBuf>,
    /// Which copy of a cluster is kept.
    #[arg(long, value_enum, default_value_t = KeepArg::Earliest)]
    keep: KeepArg,
    /// Jaccard similarity (of character shingles) that makes a near-duplicate.
    #[arg(long, default_value_t = 0.7)]
    threshold: f64,
    /// Print no summary.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum KeepArg {
    Earliest,
    Longest,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormatArg {
    Json,
    Text,
    Csv,
}

#[derive(Args)]
struct Common {
    /// Files, folders (read recursively: .txt, .md, .jsonl), globs, or - for standard input.
    paths: Vec<PathBuf>,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long, default_value_t = 0)]
    threads: usize,
    /// JSONL field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field holding the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Keep white space, width, punctuation and control characters as they are (terminal
    /// views still escape control characters).
    #[arg(long)]
    no_normalize: bool,
    /// Keep the source's line breaks: every line is a paragraph.
    #[arg(long)]
    no_reflow: bool,
    /// Do not rejoin paragraphs cut by captions or side blocks.
    #[arg(long)]
    no_repair: bool,
    /// Keep captions, bylines, page chrome, adverts, markup and licence blocks.
    #[arg(long)]
    no_boilerplate: bool,
    /// Do not look for template placeholders.
    #[arg(long)]
    no_template: bool,
    /// A list of terms to find wherever they stand: one a line, optionally followed by its
    /// category (program, slogan, document, other).
    #[arg(long, value_name = "FILE")]
    terms: Option<PathBuf>,
}

impl Common {
    fn config(self, default_input: Option<&str>) -> Result<Config, Error> {
        let terms = match &self.terms {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| Error::io(path.clone(), e))?;
                tifa::terms::parse_list(&text)
                    .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?
            }
            None => Vec::new(),
        };
        tifa::pipeline::check_threads(self.threads)?;
        let mut inputs = self.paths;
        if inputs.is_empty() {
            inputs.push(PathBuf::from(default_input.unwrap_or("-")));
        }
        Ok(Config {
            corpus: Corpus::collect(&inputs),
            input: InputOptions {
                text_field: self.text_field,
                id_field: self.id_field,
            },
            clean: CleanOptions {
                normalize: !self.no_normalize,
                reflow: !self.no_reflow,
                repair: !self.no_repair,
                boilerplate: !self.no_boilerplate,
                template: !self.no_template,
            },
            threads: self.threads,
            terms,
        })
    }
}

/// `--report-docs`: a number of documents, or `all`.
fn parse_embed(value: &str) -> Result<Embed, String> {
    match value {
        "all" => Ok(Embed::First(usize::MAX)),
        n => n
            .parse()
            .map(Embed::First)
            .map_err(|_| format!("expected a number of documents or `all`, not `{n}`")),
    }
}

fn format(f: FormatArg) -> Format {
    match f {
        FormatArg::Json => Format::Json,
        FormatArg::Text => Format::Text,
    }
}

/// Documents free and reallocate memory all the time. With transparent huge pages, every
/// page mimalloc returned to the system came back as a fresh 2 MiB page for the kernel to
/// clear: 12% of a one-thread run on People's Daily, and 10% of its wall time.
fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag on this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn sink(output: Option<PathBuf>) -> Sink {
    output.map_or(Sink::Stdout, Sink::File)
}

/// Has the library return freed memory between its stages: mimalloc otherwise keeps freed
/// pages for its purge delay, and the next stage's allocations would count on top of them.
fn release_freed_memory() {
    // SAFETY: mi_collect takes a flag and only frees memory this allocator holds unused.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Removes what is being written aside when the run is interrupted (SIGINT, SIGTERM,
/// SIGHUP), then ends with the shell's code for the signal.
fn remove_unfinished_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            tifa::output::remove_unfinished();
            std::process::exit(128 + signal);
        }
    });
}

/// A panic outside a document's work (which is caught and reported as that document's
/// error) is printed with where it happened; `main` then exits with 2.
fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        if tifa::pipeline::in_document() {
            return;
        }
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let stage = match tifa::progress::current_stage() {
            "" => String::new(),
            name => format!(" in stage `{name}`"),
        };
        eprintln!(
            "tifa: internal error{stage}{place}: {}",
            safe_line(&message)
        );
    }));
}

fn main() -> ExitCode {
    disable_transparent_huge_pages();
    tifa::memory::on_release(release_freed_memory);
    let cli = Cli::parse();
    report_panics();
    remove_unfinished_on_signals();
    let run = std::panic::catch_unwind(|| command(cli));
    tifa::output::remove_unfinished();
    run.unwrap_or_else(|_| {
        eprintln!("tifa: error: stopped by an internal error (above); no output was replaced");
        ExitCode::from(2)
    })
}

fn command(cli: Cli) -> ExitCode {
    // Test builds can be made to fail outside any document, to test the report of it.
    #[cfg(debug_assertions)]
    if std::env::var_os("TIFA_TEST_PANIC").is_some() {
        panic!("a panic asked for by TIFA_TEST_PANIC");
    }
    // Buffered: serialized JSON arrives in small pieces (a line-buffered stdout made one write
    // call of each line of a pretty report).
    let mut stdout = Named::new(
        "standard output",
        std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
    );
    let result = match cli.command {
        Command::Clean {
            common,
            output,
            format: f,
        } => common
            .config(None)
            .and_then(|c| clean_command(&c, format(f), &sink(output), &mut stdout)),
        Command::Segment {
            common,
            output,
            format: f,
        } => common
            .config(None)
            .and_then(|c| segment_command(&c, format(f), &sink(output), &mut stdout)),
        Command::Extract {
            common,
            output,
            format: f,
        } => common
            .config(None)
            .and_then(|c| extract_command(&c, f.into(), &sink(output), &mut stdout)),
        Command::Index {
            common,
            output,
            quiet,
        } => index(common, &output, quiet, &mut stdout),
        Command::Dedup(args) => dedup(args, &mut stdout),
        Command::Diff(args) => {
            let code = diff(args, &mut stdout);
            return match stdout.flush().map_err(Error::write) {
                Err(e) if !e.is_broken_pipe() => finish(Err(e)),
                _ => code,
            };
        }
        Command::Analyze(args) => analyze(args, &mut stdout),
    };
    finish(result.and_then(|errors| stdout.flush().map(|()| errors).map_err(Error::write)))
}

impl From<ExtractFormatArg> for Format {
    fn from(f: ExtractFormatArg) -> Format {
        match f {
            ExtractFormatArg::Json => Format::Json,
            ExtractFormatArg::Text => Format::Text,
            ExtractFormatArg::Csv => Format::Csv,
        }
    }
}

/// `tifa index`: the index folder, and its screen on stdout unless `quiet`.
fn index(
    common: Common,
    output: &Path,
    quiet: bool,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>, Error> {
    let (screen, errors) = index_command(&common.config(None)?, output)?;
    if !quiet {
        print(stdout, &screen)?;
    }
    Ok(errors)
}

/// `tifa analyze`: the output folder, and the summary on stdout unless `--quiet`.
fn analyze(args: AnalyzeArgs, stdout: &mut dyn Write) -> Result<Vec<Error>, Error> {
    let config = args.common.config(Some("corpus"))?;
    let opts = AnalyzeOptions {
        out_dir: args.output.clone(),
        dedup: (!args.no_dedup).then(DedupOptions::default),
        extract: !args.no_extract,
        report: !args.no_report,
        embed: args.report_docs.unwrap_or_default(),
        write_clean: args.write_clean,
        reporting: Reporting {
            bars: !args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()),
            verbose: args.verbose,
        },
    };
    let (summary, errors) = analyze_command(&config, &opts)?;
    if !args.quiet {
        let shown = safe_line(&args.output.display().to_string()).into_owned();
        let text = format!("{}\noutput: {shown}\n", summary.render());
        print(stdout, &text)?;
    }
    Ok(errors)
}

/// Prints to standard output; a reader that has gone (`| head`) is not an error.
fn print(stdout: &mut dyn Write, text: &str) -> Result<(), Error> {
    match stdout.write_all(text.as_bytes()).map_err(Error::write) {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    }
}

/// `tifa dedup`: JSON to the output file or stdout; the summary to stdout when the JSON goes
/// to a file, else to stderr.
fn dedup(args: DedupArgs, stdout: &mut dyn Write) -> Result<Vec<Error>, Error> {
    let DedupArgs {
        common,
        output,
        write_clean,
        keep,
        threshold,
        quiet,
    } = args;
    if !(threshold > 0.0 && threshold <= 1.0) {
        return Err(Error::Config(format!(
            "--threshold {threshold}: a similarity above 0 and at most 1"
        )));
    }
    let opts = DedupOptions {
        threshold,
        keep: match keep {
            KeepArg::Earliest => Keep::Earliest,
            KeepArg::Longest => Keep::Longest,
        },
        ..DedupOptions::default()
    };
    let config = common.config(None)?;
    let json = sink(output);
    let run = dedup_command(&config, &opts, &json, write_clean.as_deref(), stdout)?;
    if !quiet {
        match json {
            Sink::File(_) => print(stdout, &run.summary)?,
            Sink::Stdout => eprint!("{}", run.summary),
        }
    }
    Ok(run.errors)
}

/// `tifa diff`: the terminal view or JSON on stdout, the HTML page to a file; exit 1 when the
/// versions differ, 2 on errors.
fn diff(args: DiffArgs, stdout: &mut dyn Write) -> ExitCode {
    let DiffArgs {
        common,
        json,
        html,
        color,
    } = args;
    let color = match color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let result = common.config(None).and_then(|config| {
        let [old, new] = config.corpus.paths() else {
            return Err(Error::Config("diff takes two paths: OLD NEW".to_string()));
        };
        let run = diff_command(&config, old, new, html.as_deref())?;
        match print_diff(&run, json, color, stdout) {
            Err(e) if !e.is_broken_pipe() => Err(e),
            _ => Ok(run),
        }
    });
    match result {
        Ok(run) if run.errors.iter().all(Error::is_warning) => {
            warn(&run.errors);
            ExitCode::from(u8::from(run.differs()))
        }
        Ok(run) => finish(Ok(run.errors)),
        Err(e) => finish(Err(e)),
    }
}

fn print_diff(run: &DiffRun, json: bool, color: bool, out: &mut dyn Write) -> Result<(), Error> {
    if json {
        for d in &run.diffs {
            write_line(out, &tifa::json::diff_line(d))?;
        }
        for (id, side) in run
            .only_old
            .iter()
            .map(|id| (id, "old"))
            .chain(run.only_new.iter().map(|id| (id, "new")))
        {
            write_line(out, &tifa::json::unpaired_line(id, side))?;
        }
    } else {
        for d in &run.diffs {
            write_line(out, &tifa::diff::render::terminal(d, color))?;
        }
        for id in &run.only_old {
            write_line(out, &format!("only in OLD: {}", safe_line(id)))?;
        }
        for id in &run.only_new {
            write_line(out, &format!("only in NEW: {}", safe_line(id)))?;
        }
    }
    Ok(())
}

/// Prints the warnings among `errors` (inputs processed with a problem).
fn warn(errors: &[Error]) {
    list(
        "warning: ",
        &errors.iter().filter(|e| e.is_warning()).collect::<Vec<_>>(),
    );
}

/// Problems listed one a line at most; the rest are counted.
const LISTED: usize = 20;

/// Prints `errors` with `prefix`, one line a cause (the message without its place): alone
/// as it is, or repeated with its count and first places (`--text-field nosuch` on 12,461
/// JSONL lines is one line). At most [`LISTED`] causes, then how many more.
fn list(prefix: &str, errors: &[&Error]) {
    let mut causes: Vec<(String, Vec<String>)> = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for e in errors {
        let message = safe_line(&e.to_string()).into_owned();
        let place = e
            .location()
            .map(|at| safe_line(&at.to_string()).into_owned());
        let (cause, place) = match place {
            Some(p) => match message.strip_prefix(&format!("{p}: ")) {
                Some(cause) => (cause.to_string(), p),
                None => (message, String::new()),
            },
            None => (message, String::new()),
        };
        let i = *seen.entry(cause.clone()).or_insert_with(|| {
            causes.push((cause, Vec::new()));
            causes.len() - 1
        });
        causes[i].1.push(place);
    }
    for (cause, places) in causes.iter().take(LISTED) {
        match places.as_slice() {
            [p] if p.is_empty() => eprintln!("tifa: {prefix}{cause}"),
            [p] => eprintln!("tifa: {prefix}{p}: {cause}"),
            many => {
                let first: Vec<&str> = many.iter().take(3).map(String::as_str).collect();
                let more = if many.len() > 3 { ", …" } else { "" };
                eprintln!(
                    "tifa: {prefix}{cause} ({} times: {}{more})",
                    many.len(),
                    first.join(", ")
                );
            }
        }
    }
    if causes.len() > LISTED {
        eprintln!("tifa: {prefix}… and {} more", causes.len() - LISTED);
    }
}

/// Reports warnings, skipped inputs and fatal errors on stderr, the reasons last; exit 2 if
/// an input was skipped or the command failed.
fn finish(result: Result<Vec<Error>, Error>) -> ExitCode {
    let (errors, fatal) = match result {
        Ok(errors) => (errors, None),
        // A closed pipe (`tifa clean | head`) is the reader's choice, not an error.
        Err(e) if e.is_broken_pipe() => return ExitCode::SUCCESS,
        Err(Error::NoDocuments(errors)) => {
            eprintln!("tifa: error: no document could be read; nothing was written:");
            (errors, Some(None))
        }
        Err(e) => (Vec::new(), Some(Some(e))),
    };
    let warnings: Vec<&Error> = errors.iter().filter(|e| e.is_warning()).collect();
    let skipped: Vec<&Error> = errors.iter().filter(|e| !e.is_warning()).collect();
    list("warning: ", &warnings);
    list("skipped: ", &skipped);
    match fatal {
        Some(Some(e)) => eprintln!("tifa: error: {}", safe_line(&e.to_string())),
        Some(None) => {}
        None if skipped.is_empty() => return ExitCode::SUCCESS,
        None => eprintln!("tifa: {} input(s) skipped", skipped.len()),
    }
    ExitCode::from(2)
}
